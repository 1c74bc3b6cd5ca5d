import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { roles, trialCheckIns, trialGoals, trials } from "@/db/schema";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { makeCheckIn, makeGoal, makeTrial, setClientZone } from "@/lib/testing/trial-factories";
import { addDays } from "./calendar";
import { todayIn, trialDays, trialFlags, trialStatuses, type TrialFlag } from "./days";
import { listTrials, trialsNeedingAttention } from "./list";

// The SQL rules of attention.ts must say exactly what trialDays() says, for every trial: a table
// of trials at every point of their life, in zones where the client's date is ahead of UTC's,
// behind it and equal, with internal and shared check-ins and open or done week-one goals. Then
// the columns the triggers keep are checked against a recount after ordinary writes.

const now = new Date("2026-11-22T11:30:00Z"); // 23 Nov already in Auckland; still 22 Nov in Honolulu
const zones = ["Pacific/Auckland", "Pacific/Honolulu", "Europe/Berlin", null] as const;

type V = ReturnType<typeof makeViewer>;
let recruiter: V;
let viewers: V[];
const made: { id: number; zone: string; startsOn: string; endsOn: string; internal: string | null; shared: string | null; weekOneOpen: boolean }[] = [];

beforeAll(() => {
  const agency = makeOrg("agency");
  recruiter = makeViewer("recruiter", agency);
  viewers = [];
  let n = 0;
  for (const zone of zones) {
    const client = makeOrg("client", `Attention ${zone ?? "UTC"}`);
    setClientZone(client, zone);
    viewers.push(makeViewer("client_viewer", client));
    const today = todayIn(zone ?? "UTC", now);
    const role = makeRole(client, recruiter);
    // Starts from 10 days ahead to 20 days ago; lengths 14 and 21; check-ins at varied gaps.
    for (const startOffset of [10, 1, 0, -1, -2, -3, -6, -7, -8, -12, -13, -14, -15, -16, -20]) {
      for (const length of [14, 21]) {
        n++;
        const startsOn = addDays(today, startOffset);
        const endsOn = addDays(startsOn, length);
        const trial = makeTrial(makeApplication(makeRole(client, recruiter), "trial"), recruiter, { startsOn, endsOn });
        const weekOneOpen = n % 3 !== 0;
        makeGoal(trial, 1, 0, weekOneOpen ? null : { by: recruiter });
        makeGoal(trial, 2, 0);
        let internal: string | null = null;
        let shared: string | null = null;
        if (startOffset <= 0 && n % 4 !== 0) {
          internal = addDays(today, -(n % 5));
          makeCheckIn(trial, recruiter, { on: internal, visibility: "internal" });
        }
        if (startOffset <= 0 && n % 2 === 0) {
          shared = addDays(today, -(n % 7));
          makeCheckIn(trial, recruiter, { on: shared, visibility: "shared" });
        }
        made.push({ id: trial.id, zone: zone ?? "UTC", startsOn, endsOn, internal, shared, weekOneOpen });
      }
    }
    void role;
  }
});

function expected(viewer: "agency" | "client", zone?: string) {
  return made
    .filter((t) => !zone || t.zone === zone)
    .map((t) => {
      const latest = viewer === "agency" ? [t.internal, t.shared].filter(Boolean).sort().at(-1) : t.shared;
      return { id: t.id, days: trialDays({ ...t, outcome: null, latestCheckInOn: latest ?? null, weekOneDone: [!t.weekOneOpen] }, now) };
    });
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

/** Every page of /trials's list for these filters. */
function everyRow(viewer: V, filters: Record<string, string>) {
  const first = listTrials(viewer, filters as never, now);
  const rest = Array.from({ length: first.pages - 1 }, (_, i) => listTrials(viewer, { ...filters, page: i + 2 } as never, now).rows);
  return { rows: [...first.rows, ...rest.flat()], total: first.total };
}

describe("attention in SQL agrees with trialDays()", () => {
  it("for the agency: every flag and every status filter", () => {
    const all = expected("agency");
    for (const flag of trialFlags) {
      const got = everyRow(recruiter, { flag });
      expect(got.total, flag).toBe(got.rows.length);
      expect(ids(got.rows), flag).toEqual(ids(all.filter((t) => t.days.flags.includes(flag))));
    }
    for (const status of trialStatuses.filter((s) => s !== "decided")) {
      const got = everyRow(recruiter, { status });
      expect(ids(got.rows), status).toEqual(ids(all.filter((t) => t.days.status === status)));
    }
  });

  it("for each client's viewer, whose no-check-in flag counts shared check-ins only", () => {
    zones.forEach((zone, i) => {
      const all = expected("client", zone ?? "UTC");
      for (const flag of ["no_check_in", "overdue", "decision_due"] as TrialFlag[]) {
        const got = everyRow(viewers[i], { flag });
        expect(ids(got.rows), `${zone} ${flag}`).toEqual(ids(all.filter((t) => t.days.flags.includes(flag))));
      }
    });
  });

  it("orders past end, decision due, other flags, active, upcoming, and counts the flagged", () => {
    const all = everyRow(recruiter, {});
    expect(all.total).toBe(made.length);
    const got = all.rows.map((r) => r.days);
    const group = (d: (typeof got)[number]) =>
      d.flags.includes("overdue") ? 0 : d.flags.includes("decision_due") ? 1 : d.status === "upcoming" ? 4 : d.flags.length ? 2 : 3;
    const groups = got.map(group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const attention = trialsNeedingAttention(recruiter, now, 8);
    expect(attention.total).toBe(expected("agency").filter((t) => t.days.flags.length > 0).length);
    expect(attention.rows.every((r) => r.days.flags.length > 0)).toBe(true);
    // The soonest end first: past end, then decision due, then the rest.
    const ends = attention.rows.map((r) => r.endsOn);
    expect(ends).toEqual([...ends].sort());
    expect(attention.rows[0].days.flags).toContain("overdue");
  });
});

describe("the columns kept by triggers", () => {
  const recount = (id: number) => {
    const checkIns = db().select().from(trialCheckIns).where(eq(trialCheckIns.trialId, id)).all();
    const goals = db().select().from(trialGoals).where(eq(trialGoals.trialId, id)).all();
    const max = (xs: string[]) => (xs.length ? xs.sort().at(-1)! : null);
    return {
      latestCheckInOn: max(checkIns.map((c) => c.on)),
      latestSharedCheckInOn: max(checkIns.filter((c) => c.visibility === "shared").map((c) => c.on)),
      weekOneOpen: goals.filter((g) => g.week === 1 && !g.doneAt).length,
    };
  };
  const kept = (id: number) => {
    const t = db().select().from(trials).where(eq(trials.id, id)).get()!;
    return { latestCheckInOn: t.latestCheckInOn, latestSharedCheckInOn: t.latestSharedCheckInOn, weekOneOpen: t.weekOneOpen };
  };
  const zoneOf = (id: number) => db().select({ zone: trials.clientZone }).from(trials).where(eq(trials.id, id)).get()!.zone;

  it("equal a recount for every trial of the table, and carry the client's zone", () => {
    for (const t of made) {
      expect(kept(t.id)).toEqual(recount(t.id));
      expect(zoneOf(t.id) ?? "UTC").toBe(t.zone);
    }
  });

  it("follow the client's zone when it changes, and a role moved to another client", () => {
    const client = makeOrg("client", "Moves zone");
    const other = makeOrg("client", "Other zone");
    setClientZone(other, "Asia/Tokyo");
    const role = makeRole(client, recruiter);
    const trial = makeTrial(makeApplication(role, "trial"), recruiter, { startsOn: "2026-11-20", endsOn: "2026-12-04" });
    expect(zoneOf(trial.id)).toBeNull();
    setClientZone(client, "America/Chicago");
    expect(zoneOf(trial.id)).toBe("America/Chicago");
    db().update(roles).set({ clientId: other.id }).where(eq(roles.id, role.id)).run();
    expect(zoneOf(trial.id)).toBe("Asia/Tokyo");
  });

  it("follow check-ins added out of order, and goals ticked, unticked, moved and deleted", () => {
    const t = made[5];
    makeCheckIn({ id: t.id }, recruiter, { on: addDays(t.startsOn, 1), visibility: "shared" }); // older than the latest: no change
    makeCheckIn({ id: t.id }, recruiter, { on: addDays(t.startsOn, 30), visibility: "internal" });
    const g1 = makeGoal({ id: t.id }, 1, 5);
    const g2 = makeGoal({ id: t.id }, 1, 6);
    db().update(trialGoals).set({ doneAt: new Date() }).where(eq(trialGoals.id, g1.id)).run();
    db().update(trialGoals).set({ doneAt: null }).where(eq(trialGoals.id, g1.id)).run();
    db().update(trialGoals).set({ week: 2 }).where(eq(trialGoals.id, g2.id)).run();
    db().delete(trialGoals).where(eq(trialGoals.id, g1.id)).run();
    expect(kept(t.id)).toEqual(recount(t.id));
  });
});
