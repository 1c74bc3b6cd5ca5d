import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications } from "@/db/schema";
import { moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { candidateApplications } from "./candidate";
import { candidateTimeline } from "./timeline";

const agency = makeOrg("agency");
const client = makeOrg("client");
const other = makeOrg("client");
const recruiter = makeViewer("recruiter", agency);
const hiringManager = makeViewer("hiring_manager", client);
const colleague = makeViewer("hiring_manager", client);
const role = makeRole(client, recruiter);

function rejectedBy(by: typeof recruiter, reason: string) {
  const app = makeApplication(role, "client_interview");
  const { version } = db().select({ version: applications.version }).from(applications).where(eq(applications.id, app.id)).get()!;
  const result = moveApplications({ roleId: role.id, to: "rejected", applications: [{ id: app.id, version }], reason }, contextFor(by));
  expect(result.ok).toBe(true);
  return app;
}
const reasonFor = (viewer: typeof recruiter, app: { id: number; candidateId: number }) =>
  candidateApplications(viewer, app.candidateId).find((a) => a.id === app.id)?.rejectionReason;

describe("why a candidate was rejected, on the candidate's page", () => {
  it("a client reads the reasons their own company gave, not the agency's", () => {
    const byClient = rejectedBy(hiringManager, "client_declined");
    const byAgency = rejectedBy(recruiter, "compensation");
    expect(reasonFor(hiringManager, byClient)).toBe("client_declined");
    expect(reasonFor(colleague, byClient)).toBe("client_declined");
    expect(reasonFor(hiringManager, byAgency)).toBeNull();
    // The agency reads every reason.
    expect([reasonFor(recruiter, byClient), reasonFor(recruiter, byAgency)]).toEqual(["client_declined", "compensation"]);
  });

  it("the timeline follows the same rule for the reason written with the move", () => {
    const byClient = rejectedBy(hiringManager, "client_declined");
    const byAgency = rejectedBy(recruiter, "compensation");
    const rejection = (viewer: typeof recruiter, app: { candidateId: number }) =>
      candidateTimeline(viewer, app.candidateId).find((e) => e.kind === "stage" && e.to === "rejected");
    expect(rejection(colleague, byClient)).toMatchObject({ reason: "Client declined" });
    expect(rejection(hiringManager, byAgency)).toMatchObject({ reason: null });
    expect(rejection(recruiter, byAgency)).toMatchObject({ reason: "Compensation expectations" });
  });

  it("another company's people see neither the application nor its reason", () => {
    const byClient = rejectedBy(hiringManager, "client_declined");
    expect(candidateApplications(makeViewer("hiring_manager", other), byClient.candidateId)).toEqual([]);
  });
});
