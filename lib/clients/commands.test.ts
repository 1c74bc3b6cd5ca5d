import { describe, expect, it } from "vitest";
import { makeOrg, makeViewer, contextFor } from "@/lib/testing/factories";
import { createClient } from "./commands";
import { clientFieldsSchema } from "./schemas";

describe("adding a client", () => {
  it("answers with a way to its page: the list shows a page of clients, by name", () => {
    const recruiter = makeViewer("recruiter", makeOrg("agency"));
    const result = createClient(clientFieldsSchema.parse({ name: "Zeta Added Robotics", website: "", timezone: "", notes: "" }), contextFor(recruiter));
    expect(result.ok).toBe(true);
    const id = result.ok ? (result.data as { id: number }).id : 0;
    expect(result).toMatchObject({ message: "Added Zeta Added Robotics.", link: { href: `/clients/${id}`, label: "Open Zeta Added Robotics" } });
  });
});
