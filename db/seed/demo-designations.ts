import type { RoleType, Stage } from "../schema";

// The few demo applications whose loops are set rather than drawn, so that what the demo promises
// holds on every seed (whatever "today" is): Riley and Jordan each owe a scorecard (one overdue)
// and have an interview coming; one candidate has scorecards on two roles of different types.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type DemoApp = {
  id: number;
  candidateId: number;
  stage: Stage;
  submittedAt: number | null;
  stageChangedAt: Date;
  createdAt: Date;
  interviewingAt: number;
  ownerId: number | null;
  type: RoleType;
  hmId: number | null;
};

export type Designation = {
  /** At least this many completed interviews. */
  minDone: number;
  /** When the last completed interview starts. */
  lastAt?: number;
  /** Who is added to the last completed interview and owes its scorecard. */
  owedBy: number[];
  /** Every other scorecard submitted (no owed slot drawn at random). */
  allSubmitted?: boolean;
  /** Who is added to a next interview, which is then always scheduled. */
  upcoming?: number[];
  upcomingInDays?: number;
};

const ACTIVE: readonly Stage[] = ["interviewing", "submitted", "client_interview", "offer", "trial", "hired"];

export function pickDesignations(apps: DemoApp[], people: { riley: number; jordan: number }, now: number): Map<number, Designation> {
  const chosen = new Map<number, Designation>();
  const free = (a: DemoApp) => !chosen.has(a.id);

  // One candidate on two roles of different types (a senior and a lead when there is one), scored on both.
  const byCandidate = new Map<number, DemoApp[]>();
  for (const a of apps) if (ACTIVE.includes(a.stage)) byCandidate.set(a.candidateId, [...(byCandidate.get(a.candidateId) ?? []), a]);
  const pairs = [...byCandidate.values()].filter((list) => new Set(list.map((a) => a.type)).size > 1);
  const pair = pairs.find((list) => list.some((a) => a.type === "senior") && list.some((a) => a.type === "lead")) ?? pairs[0];
  if (!pair) throw new Error("demo seed: no candidate on two roles of different types");
  const two = [pair[0], pair.find((a) => a.type !== pair[0].type)!];
  for (const a of two) chosen.set(a.id, { minDone: 2, owedBy: [], allSubmitted: true });

  const northwind = (a: DemoApp) => a.hmId === people.jordan && a.submittedAt !== null;
  const first = (test: (a: DemoApp) => boolean, what: string) => {
    const found = apps.find((a) => free(a) && test(a));
    if (!found) throw new Error(`demo seed: no application for ${what}`);
    return found;
  };

  // Riley: an overdue scorecard (the interview ended two days ago) with the next interview tomorrow…
  const rileyOverdue = first((a) => (a.stage === "submitted" || a.stage === "client_interview") && a.hmId !== people.jordan, "Riley's overdue scorecard");
  chosen.set(rileyOverdue.id, { minDone: 1, lastAt: now - 2 * DAY - 3 * HOUR, owedBy: [people.riley], upcoming: [people.riley], upcomingInDays: 1 });
  // …and one due but not yet overdue (the interview ended this morning).
  const rileyDue = first((a) => a.stage === "interviewing", "Riley's due scorecard");
  chosen.set(rileyDue.id, { minDone: 1, lastAt: now - 5 * HOUR, owedBy: [people.riley] });

  // Jordan, only on Northwind applications already submitted: the earliest submitted one overdue…
  const northwindApps = apps
    .filter((a) => free(a) && northwind(a) && (a.stage === "submitted" || a.stage === "client_interview" || a.stage === "offer"))
    .sort((a, b) => a.submittedAt! - b.submittedAt!);
  if (northwindApps.length === 0) throw new Error("demo seed: no submitted Northwind application");
  const [jordanOverdue, jordanNext = jordanOverdue] = northwindApps;
  chosen.set(jordanOverdue.id, { minDone: 1, lastAt: now - 2 * DAY - 1 * HOUR, owedBy: [people.jordan] });
  // …and a client interview with Riley in two days.
  const next = { upcoming: [people.jordan, people.riley], upcomingInDays: 2 };
  chosen.set(jordanNext.id, { ...(chosen.get(jordanNext.id) ?? { minDone: 0, owedBy: [] }), ...next });
  return chosen;
}
