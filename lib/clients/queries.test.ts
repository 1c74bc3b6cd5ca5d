import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clientContacts } from "@/db/schema";
import { makeOrg, makeViewer } from "@/lib/testing/factories";
import { listClients } from "./queries";

describe("the client list's counts", () => {
  it("counts each company's own users and contacts, for several companies of different sizes", () => {
    const admin = makeViewer("admin", makeOrg("agency"));
    const sizes = [
      { name: "Counts Zero", users: 0, contacts: 0 },
      { name: "Counts One", users: 1, contacts: 3 },
      { name: "Counts Three", users: 3, contacts: 1 },
    ];
    for (const size of sizes) {
      const org = makeOrg("client", size.name);
      for (let i = 0; i < size.users; i++) makeViewer(i % 2 ? "client_viewer" : "hiring_manager", org);
      for (let i = 0; i < size.contacts; i++)
        db()
          .insert(clientContacts)
          .values({ organizationId: org.id, name: `${size.name} contact ${i}` })
          .run();
    }
    const listed = listClients(admin).filter((c) => c.name.startsWith("Counts "));
    expect(listed.map(({ name, users, contacts }) => ({ name, users, contacts }))).toEqual([...sizes].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it("lists nothing for a client user", () => {
    const org = makeOrg("client");
    expect(listClients(makeViewer("hiring_manager", org))).toEqual([]);
  });
});
