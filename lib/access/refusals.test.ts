import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { auditLog, candidates, roles } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { getCandidate, getResume } from "@/lib/candidates/queries";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { getApplications } from "@/lib/pipeline/queries";
import { getRole } from "@/lib/roles/queries";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { REFUSALS_PER_WINDOW, refusalsWritten } from "./refusals";

let recruiter: Viewer;
let managerA: Viewer;
let roleA: number;
let candidateA: number;
let applicationA: number;

const refusalsOf = (viewer: Viewer) =>
  db()
    .select({ entityType: auditLog.entityType, entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, viewer.id), eq(auditLog.action, "access.denied")))
    .all();

beforeAll(() => {
  const agency = makeOrg("agency");
  const a = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  managerA = makeViewer("hiring_manager", a);
  roleA = db().insert(roles).values({ clientId: a.id, title: "Lead at A", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
  candidateA = db()
    .insert(candidates)
    .values({ name: "Ann", email: "ann@a.test", emailNormalized: "ann@a.test", source: "referral", resumeStoredName: "ann.pdf" })
    .returning()
    .get().id;
  const added = addCandidateToRole({ roleId: roleA, candidateId: candidateA }, contextFor(recruiter));
  if (!added.ok) throw new Error(added.message);
  applicationA = added.data!.id;
  moveApplications({ roleId: roleA, to: "submitted", applications: [{ id: applicationA, version: 1 }], note: "" }, contextFor(recruiter));
});

describe("record-level refusals", () => {
  it("a hiring manager of company B loading company A's records by id leaves one audit row each", async () => {
    const managerB = makeViewer("hiring_manager", makeOrg("client"));
    expect(getRole(managerB, roleA)).toBeUndefined();
    expect(getCandidate(managerB, candidateA)).toBeUndefined();
    expect(getApplications(managerB, [applicationA])).toEqual([]);
    expect(getResume(managerB, candidateA)).toBeUndefined();
    await refusalsWritten();
    expect(refusalsOf(managerB)).toEqual([
      { entityType: "role", entityId: String(roleA) },
      { entityType: "candidate", entityId: String(candidateA) },
      { entityType: "application", entityId: String(applicationA) },
      { entityType: "resume", entityId: String(candidateA) },
    ]);
  });

  it("a record that does not exist leaves no row, and an allowed load none either", async () => {
    const managerC = makeViewer("hiring_manager", makeOrg("client"));
    expect(getRole(managerC, 999_999)).toBeUndefined();
    expect(getCandidate(managerC, 999_999)).toBeUndefined();
    expect(getApplications(managerC, [999_999])).toEqual([]);
    expect(getResume(managerC, 999_999)).toBeUndefined();
    expect(getRole(managerA, roleA)?.id).toBe(roleA);
    expect(getCandidate(managerA, candidateA)?.id).toBe(candidateA);
    await refusalsWritten();
    expect(refusalsOf(managerC)).toEqual([]);
    expect(refusalsOf(managerA)).toEqual([]);
  });

  it("a burst is throttled per user and kind of record", async () => {
    const crawler = makeViewer("hiring_manager", makeOrg("client"));
    const ids = Array.from(
      { length: 30 },
      (_, i) =>
        db()
          .insert(roles)
          .values({ clientId: makeOrg("client").id, title: `Probe ${i}`, type: "senior", ownerId: recruiter.id })
          .returning()
          .get().id,
    );
    for (const id of ids) getRole(crawler, id);
    getCandidate(crawler, candidateA);
    await refusalsWritten();
    const rows = refusalsOf(crawler);
    expect(rows.filter((r) => r.entityType === "role")).toHaveLength(REFUSALS_PER_WINDOW);
    // Another kind of record has its own allowance.
    expect(rows.filter((r) => r.entityType === "candidate")).toEqual([{ entityType: "candidate", entityId: String(candidateA) }]);
  });
});
