import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rebuildReportRollups } from "@/db/report-rollups";
import { applications, stages, type Stage } from "@/db/schema";
import { db } from "@/lib/db";
import { stageCountsFor } from "@/lib/roles/queries";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { listBoard } from "./queries";

// A role's counts per stage are kept by triggers (role_stage_counts, migration 0022) so a board's
// columns and the roles list need not count whole pipelines: they must equal count(*) after any
// mix of writes, and each viewer must see only what they would have counted.

type Row = { role: number; stage: Stage; submitted: number; n: number };
const truth = () =>
  db().all<Row>(sql`select role_id role, stage, submitted_at is not null submitted, count(*) n from applications
    group by 1, 2, 3 order by 1, 2, 3`);
const kept = () => db().all<Row>(sql`select role_id role, stage, submitted, n from role_stage_counts where n <> 0 order by 1, 2, 3`);

describe("each role's kept stage counts", () => {
  const agency = makeOrg("agency");
  const recruiter = makeViewer("recruiter", agency);
  const north = makeOrg("client", "North");
  const south = makeOrg("client", "South");
  const northManager = makeViewer("hiring_manager", north);
  const southManager = makeViewer("hiring_manager", south);
  const roles = [makeRole(north, recruiter), makeRole(north, recruiter), makeRole(south, recruiter)];

  it("equal count(*) after any mix of adds, moves, submissions, transfers and deletes", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("add" as const), role: fc.nat(2), stage: fc.constantFrom(...stages), submitted: fc.boolean() }),
      fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), stage: fc.constantFrom(...stages) }),
      fc.record({ kind: fc.constant("submit" as const), pick: fc.nat(), submitted: fc.boolean() }),
      fc.record({ kind: fc.constant("transfer" as const), pick: fc.nat(), role: fc.nat(2) }),
      fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        for (const o of ops) {
          const ids = db().select({ id: applications.id }).from(applications).all();
          const target = "pick" in o && ids.length ? ids[o.pick % ids.length].id : undefined;
          if (o.kind === "add") makeApplication(roles[o.role], o.stage, o.submitted);
          else if (target === undefined) continue;
          else if (o.kind === "move") db().update(applications).set({ stage: o.stage }).where(eq(applications.id, target)).run();
          else if (o.kind === "submit")
            db()
              .update(applications)
              .set({ submittedAt: o.submitted ? new Date() : null })
              .where(eq(applications.id, target))
              .run();
          else if (o.kind === "transfer") {
            // Moving an application to a role the candidate is already on would break the unique pair: skip that one.
            const app = db().select().from(applications).where(eq(applications.id, target)).get()!;
            const taken = db().all(sql`select 1 from applications where candidate_id = ${app.candidateId} and role_id = ${roles[o.role].id}`).length > 0;
            if (!taken) db().update(applications).set({ roleId: roles[o.role].id }).where(eq(applications.id, target)).run();
          } else db().delete(applications).where(eq(applications.id, target)).run();
        }
        expect(kept()).toEqual(truth());
      }),
      { numRuns: 40 },
    );
    // A rebuild from the rows (as a bulk load does) gives the same counts.
    const before = kept();
    rebuildReportRollups(db().$client);
    expect(kept()).toEqual(before);
  });

  it("show each viewer only what they may count, on the board and in the roles list", () => {
    const role = makeRole(north, recruiter);
    const unsubmittedRejected = makeApplication(role, "rejected", false);
    makeApplication(role, "rejected", true);
    makeApplication(role, "sourced");
    makeApplication(role, "screening");
    makeApplication(role, "submitted");
    makeApplication(role, "offer");
    // A move that ends a stage's last application leaves a kept 0, which no one is shown.
    db().update(applications).set({ stage: "withdrawn" }).where(eq(applications.id, unsubmittedRejected.id)).run();

    const agencyCounts = { sourced: 1, screening: 1, submitted: 1, offer: 1, rejected: 1, withdrawn: 1 };
    expect(listBoard(recruiter, role.id).counts).toEqual(agencyCounts);
    expect(stageCountsFor(recruiter, [role.id]).get(role.id)).toEqual(agencyCounts);
    // The client sees the submitted applications in the stages it may see: not the unsubmitted withdrawal.
    const clientCounts = { submitted: 1, offer: 1, rejected: 1 };
    expect(listBoard(northManager, role.id).counts).toEqual(clientCounts);
    expect(stageCountsFor(northManager, [role.id]).get(role.id)).toEqual(clientCounts);
    // Another company's manager counts nothing, whoever passes the id.
    expect(listBoard(southManager, role.id).counts).toEqual({});
    expect(stageCountsFor(southManager, [role.id]).size).toBe(0);
  });
});
