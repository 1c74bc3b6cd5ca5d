import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, candidates, type Stage } from "@/db/schema";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { ERASED_NAME } from "./anonymise";
import { monthsBefore, runRetention } from "./retention";
import { runRetentionYielding } from "./schedule";

const DAY = 86_400_000;
const now = new Date("2026-11-22T10:00:00Z");
const months = 6;
const cutoff = monthsBefore(now, months); // 2026-05-22T10:00:00Z

const agency = makeOrg("agency");
const client = makeOrg("client");
const recruiter = makeViewer("recruiter", agency);
const role = makeRole(client, recruiter);
const otherRole = makeRole(client, recruiter);

/** A candidate whose applications are at the given stages, each changed at the given time. */
function candidateWith(...apps: [Stage, Date][]): number {
  const first = makeApplication(role, apps[0][0]);
  db().update(applications).set({ stageChangedAt: apps[0][1] }).where(eq(applications.id, first.id)).run();
  for (const [stage, at] of apps.slice(1)) {
    db().insert(applications).values({ candidateId: first.candidateId, roleId: otherRole.id, stage, stageChangedAt: at }).run();
  }
  return first.candidateId;
}
const nameOf = (id: number) => db().select({ name: candidates.name }).from(candidates).where(eq(candidates.id, id)).get()!.name;

describe("months before", () => {
  it.each([
    ["2026-11-22T10:00:00Z", 6, "2026-05-22T10:00:00.000Z"],
    ["2026-03-31T00:00:00Z", 1, "2026-02-28T00:00:00.000Z"],
    ["2024-03-31T12:00:00Z", 1, "2024-02-29T12:00:00.000Z"],
    ["2026-01-15T00:00:00Z", 13, "2024-12-15T00:00:00.000Z"],
  ])("%s less %i months is %s", (from, n, expected) => {
    expect(monthsBefore(new Date(from), n).toISOString()).toBe(expected);
  });
});

describe("the retention rule (RETENTION_REJECTED_MONTHS)", () => {
  const rejectedDayBefore = candidateWith(["rejected", new Date(cutoff.getTime() - DAY)]);
  const rejectedDayAfter = candidateWith(["rejected", new Date(cutoff.getTime() + DAY)]);
  const rejectedAtCutoff = candidateWith(["withdrawn", cutoff]);
  const bothEndedLongAgo = candidateWith(["rejected", new Date(cutoff.getTime() - 90 * DAY)], ["withdrawn", new Date(cutoff.getTime() - 2 * DAY)]);
  const oneActive = candidateWith(["rejected", new Date(cutoff.getTime() - 90 * DAY)], ["interviewing", new Date(cutoff.getTime() - 90 * DAY)]);
  const oneEndedRecently = candidateWith(["rejected", new Date(cutoff.getTime() - 90 * DAY)], ["withdrawn", new Date(cutoff.getTime() + DAY)]);
  const hiredLongAgo = candidateWith(["hired", new Date(cutoff.getTime() - 400 * DAY)]);
  const alreadyErased = candidateWith(["rejected", new Date(cutoff.getTime() - 90 * DAY)]);
  db()
    .update(candidates)
    .set({ erasedAt: new Date(cutoff.getTime() - DAY), name: ERASED_NAME })
    .where(eq(candidates.id, alreadyErased))
    .run();
  const noApplications = db()
    .insert(candidates)
    .values({ name: "Never Applied", email: "never@x.test", emailNormalized: "never@x.test", source: "inbound", createdAt: new Date(0) })
    .returning()
    .get().id;

  const first = runRetention(db(), { now, months });

  it("erases candidates whose every application ended at least that long ago (the cutoff itself included)", () => {
    expect(first.erased.sort((a, b) => a - b)).toEqual([rejectedDayBefore, rejectedAtCutoff, bothEndedLongAgo].sort((a, b) => a - b));
    for (const id of first.erased) expect(nameOf(id)).toBe(ERASED_NAME);
  });

  it("keeps one ended a day too late, one with an active or recently ended application, a hire, and one never on a role", () => {
    for (const id of [rejectedDayAfter, oneActive, oneEndedRecently, hiredLongAgo, noApplications]) expect(nameOf(id)).not.toBe(ERASED_NAME);
  });

  it("skips a candidate already erased, and a second run erases nobody twice", () => {
    expect(first.erased).not.toContain(alreadyErased);
    expect(runRetention(db(), { now, months }).erased).toEqual([]);
  });

  it("writes one system audit row per candidate erased, naming the rule", () => {
    const rows = db().select().from(auditLog).where(eq(auditLog.action, "candidate.erased")).all();
    expect(rows.map((r) => Number(r.entityId)).sort((a, b) => a - b)).toEqual([...first.erased].sort((a, b) => a - b));
    for (const r of rows)
      expect(r).toMatchObject({ actorId: null, entityType: "candidate", details: expect.objectContaining({ reason: "retention", months: 6 }) });
  });

  it("erases those that ended a day too late once two more days have passed (the server's run, yielding between candidates)", async () => {
    expect(await runRetentionYielding(db(), { now: new Date(now.getTime() + 2 * DAY), months })).toBe(2);
    expect([rejectedDayAfter, oneEndedRecently].map(nameOf)).toEqual([ERASED_NAME, ERASED_NAME]);
  });
});
