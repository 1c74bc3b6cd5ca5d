import { fillPlaceholders } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { candidates, notes, roles } from "@/db/schema";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { pageActivityParams, pageActivityQuery } from "./list-activity";
import { searchCandidates } from "./search";

// The list's extra columns: current stage, roles and last activity, as far as the viewer may see.

let recruiter: ReturnType<typeof makeViewer>;
let hm: ReturnType<typeof makeViewer>;
const t = (minutes: number) => new Date(Date.UTC(2026, 10, 3, 9, minutes));

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  const other = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  hm = makeViewer("hiring_manager", client);
  const role = (clientId: number, title: string) =>
    db().insert(roles).values({ clientId, title, type: "senior", status: "open", ownerId: recruiter.id }).returning().get().id;
  const [own, own2, elsewhere] = [role(client.id, "Own"), role(client.id, "Own 2"), role(other.id, "Elsewhere")];
  const c = db()
    .insert(candidates)
    .values({ name: "Lia Listed", email: "lia@list.test", emailNormalized: "lia@list.test", source: "sourced" })
    .returning()
    .get();
  const on = (roleId: number, path: ("submitted" | "client_interview" | "offer" | "rejected")[]) => {
    const added = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
    if (!added.ok) throw new Error(added.message);
    const app = added.data!;
    path.forEach((to, i) =>
      moveApplications(
        { roleId, to, applications: [{ id: app.id, version: i + 1 }], reason: to === "rejected" ? "other" : undefined, note: to === "rejected" ? "x" : "" },
        contextFor(recruiter),
      ),
    );
    return app.id;
  };
  const offer = on(elsewhere, ["submitted", "offer"]);
  const interview = on(own, ["submitted", "client_interview"]);
  on(own2, ["submitted", "rejected"]);
  // Notes at known times: the agency's internal one is the latest, the shared one the client's latest.
  db()
    .insert(notes)
    .values([
      { candidateId: c.id, applicationId: interview, authorId: recruiter.id, visibility: "shared", body: "shared", createdAt: t(0) },
      { candidateId: c.id, applicationId: offer, authorId: recruiter.id, visibility: "internal", body: "internal", createdAt: new Date(Date.now() + 60_000) },
    ])
    .run();
});

describe("the candidate list's stage, roles and last activity", () => {
  it("the agency: every role, the most advanced stage, the latest of anything", () => {
    const [row] = searchCandidates(recruiter, { q: "lia listed" }).rows;
    expect(row).toMatchObject({ roles: 3, stage: "offer" });
    expect(row.lastActivity!.getTime()).toBeGreaterThan(Date.now());
  });

  it("a client: only their company's roles, stages and shared notes", () => {
    const [row] = searchCandidates(hm, { q: "lia listed" }).rows;
    // An active stage ranks above an exit; another company's offer is not theirs to know.
    expect(row).toMatchObject({ roles: 2, stage: "client_interview" });
    expect(row.lastActivity!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row).not.toHaveProperty("email");
    expect(row).not.toHaveProperty("source");
  });
});

describe("the list's extra statement", () => {
  it("walks indexes by candidate: no table is scanned, for the agency or a client", () => {
    for (const viewer of [recruiter, hm]) {
      const { sql, params } = pageActivityQuery(viewer).getQuery();
      const plan = db()
        .$client.prepare(`explain query plan ${sql}`)
        .all(...fillPlaceholders(params, pageActivityParams(viewer, [1, 2, 3])))
        .map((r) => (r as { detail: string }).detail);
      if (process.env.SHOW_PLAN) console.log(plan.join("\n"));
      // SCAN of a whole table (not of an index) would grow with the pool.
      expect(plan.filter((d) => /^SCAN (applications|notes|stage_events|roles)\b/.test(d) && !/USING (COVERING )?INDEX/.test(d))).toEqual([]);
      expect(plan.some((d) => /SEARCH applications USING INDEX applications_candidate_role_unique/.test(d))).toBe(true);
      expect(plan.some((d) => /SEARCH notes USING INDEX notes_candidate_idx/.test(d))).toBe(true);
    }
  });
});
