import type { CandidateSource, CheckInSentiment, RoleType, Stage, TrialEndReason } from "../schema";
import type { RejectionReason } from "../../lib/pipeline/stages";
import type { Random } from "./random";
import type { PlannedCheckIn, TrialPlan } from "./demo-trials-write";
import { scoreBands } from "../../lib/reports/calibration-summary";
import { addDays, extensionReasons } from "./trial-content";

// What the demo's past seven months look like, as pure choices: the roles the agency worked on
// (filled or closed since), where each application got to, and how each two-week trial went.
// A trial's outcome follows the candidate's interview score (which follows their level, with
// noise) and, less, their source, so "Evaluation vs outcome" and "Sources" have something to show.

export type HistoryRole = { client: string; title: string; type: RoleType; owner: "riley" | "sam"; openedDaysAgo: number; trials: number };

/** Three past roles per client; titles distinct from the live roles', so the e2e journeys find theirs. */
export const HISTORY_ROLES: HistoryRole[] = [
  { client: "Northwind Labs", title: "Senior Backend Engineer, Ingestion", type: "senior", owner: "riley", openedDaysAgo: 205, trials: 2 },
  { client: "Northwind Labs", title: "Lead Data Engineer, Streaming", type: "lead", owner: "riley", openedDaysAgo: 120, trials: 3 },
  { client: "Northwind Labs", title: "Engineering Manager, Data Platform", type: "engineering_manager", owner: "sam", openedDaysAgo: 95, trials: 2 },
  { client: "Acme Robotics", title: "Senior Embedded Software Engineer", type: "senior", owner: "riley", openedDaysAgo: 185, trials: 2 },
  { client: "Acme Robotics", title: "Lead Fleet Platform Engineer", type: "lead", owner: "sam", openedDaysAgo: 110, trials: 3 },
  { client: "Acme Robotics", title: "Engineering Manager, Firmware", type: "engineering_manager", owner: "riley", openedDaysAgo: 80, trials: 2 },
  { client: "Helios Health", title: "Senior Backend Engineer, Scheduling", type: "senior", owner: "sam", openedDaysAgo: 170, trials: 3 },
  { client: "Helios Health", title: "Senior Mobile Engineer, Patient App", type: "senior", owner: "riley", openedDaysAgo: 105, trials: 3 },
  { client: "Helios Health", title: "Engineering Manager, Clinical Platform", type: "engineering_manager", owner: "sam", openedDaysAgo: 75, trials: 2 },
  { client: "Quanta Pay", title: "Senior Site Reliability Engineer", type: "senior", owner: "riley", openedDaysAgo: 160, trials: 2 },
  { client: "Quanta Pay", title: "Lead Engineer, Ledger", type: "lead", owner: "sam", openedDaysAgo: 100, trials: 2 },
  { client: "Quanta Pay", title: "Senior Backend Engineer, Risk", type: "senior", owner: "riley", openedDaysAgo: 70, trials: 2 },
  { client: "Lumen Logistics", title: "Senior Full-Stack Engineer, Warehouse", type: "senior", owner: "sam", openedDaysAgo: 150, trials: 2 },
  { client: "Lumen Logistics", title: "Engineering Manager, Routing", type: "engineering_manager", owner: "riley", openedDaysAgo: 90, trials: 2 },
  { client: "Lumen Logistics", title: "Senior Go Engineer, Dispatch", type: "senior", owner: "sam", openedDaysAgo: 65, trials: 2 },
  { client: "Orbital Foods", title: "Founding Engineer, Marketplace", type: "lead", owner: "riley", openedDaysAgo: 140, trials: 2 },
  { client: "Orbital Foods", title: "Senior Frontend Engineer, Storefront", type: "senior", owner: "sam", openedDaysAgo: 85, trials: 2 },
  { client: "Orbital Foods", title: "Head of Engineering", type: "engineering_manager", owner: "riley", openedDaysAgo: 115, trials: 3 },
  { client: "Cobalt Security", title: "Senior Security Engineer, Detection", type: "senior", owner: "sam", openedDaysAgo: 130, trials: 2 },
  { client: "Cobalt Security", title: "Lead Engineer, Agent Platform", type: "lead", owner: "riley", openedDaysAgo: 88, trials: 3 },
  { client: "Cobalt Security", title: "Engineering Manager, Threat Intelligence", type: "engineering_manager", owner: "sam", openedDaysAgo: 68, trials: 2 },
  { client: "Tidewater Energy", title: "Senior Data Engineer, Grid Analytics", type: "senior", owner: "riley", openedDaysAgo: 125, trials: 2 },
  { client: "Tidewater Energy", title: "Lead Platform Engineer, Forecasting", type: "lead", owner: "sam", openedDaysAgo: 98, trials: 3 },
  { client: "Tidewater Energy", title: "Engineering Manager, Metering", type: "engineering_manager", owner: "riley", openedDaysAgo: 72, trials: 2 },
];

/** Nothing in the history happens in the last two weeks: the live demo owns those (homes, "since you last looked"). */
export const QUIET_DAYS = 14;
/** The latest a past trial starts (days ago): decided, even when extended to 21 days, before the quiet weeks. */
export const LAST_TRIAL_START = 36;

export const PATH: Stage[] = ["sourced", "screening", "interviewing", "submitted", "client_interview", "offer", "trial", "hired"];

/** Days a stay lasts in each stage before the next move, [min, max]. */
export const stayDays: Partial<Record<Stage, [number, number]>> = {
  sourced: [1, 5],
  screening: [2, 7],
  interviewing: [5, 14],
  submitted: [2, 8],
  client_interview: [4, 11],
  offer: [2, 6],
};

const pickWeighted = <T>(rand: Random, items: readonly (readonly [T, number])[]): T => {
  let x = rand.next() * items.reduce((n, [, w]) => n + w, 0);
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[0][0];
};

/** Where an application that did not reach Trial got to before it was rejected or withdrew. */
export function pickFurthest(rand: Random): Stage {
  return pickWeighted<Stage>(rand, [
    ["sourced", 18],
    ["screening", 22],
    ["interviewing", 24],
    ["submitted", 16],
    ["client_interview", 13],
    ["offer", 7],
  ]);
}

/** Why it ended there: the agency's reasons early, the client's later; candidates withdraw too (more often at Offer). */
export function pickExit(rand: Random, furthest: Stage): { to: "rejected" | "withdrawn"; reason: RejectionReason | null } {
  const withdrew = rand.chance(furthest === "offer" ? 0.45 : 0.16);
  const reasons: Partial<Record<Stage, RejectionReason[]>> = {
    sourced: ["skills_mismatch", "not_enough_experience", "candidate_unresponsive", "timezone_overlap"],
    screening: ["skills_mismatch", "compensation", "timezone_overlap", "communication"],
    interviewing: ["failed_interview", "failed_interview", "communication", "not_enough_experience"],
    submitted: ["client_declined", "client_declined", "compensation"],
    client_interview: ["client_declined", "client_declined", "failed_interview"],
    offer: ["compensation", "client_declined"],
  };
  const reason = rand.pick(reasons[furthest]!);
  return withdrew ? { to: "withdrawn", reason: null } : { to: "rejected", reason };
}

/** Where candidates come from: inbound is plentiful but converts least; referrals are fewer and last. */
export const sourceMix: Record<"all" | "finalists", [CandidateSource, number][]> = {
  all: [
    ["inbound", 35],
    ["sourced", 30],
    ["agency_network", 20],
    ["referral", 15],
  ],
  finalists: [
    ["referral", 30],
    ["agency_network", 25],
    ["sourced", 25],
    ["inbound", 20],
  ],
};
export const pickSource = (rand: Random, mix: keyof typeof sourceMix) => pickWeighted(rand, sourceMix[mix]);
const sourceLift: Record<CandidateSource, number> = { referral: 0.2, agency_network: 0.08, sourced: 0, inbound: -0.2 };

/**
 * The level (1–4 scale, what a fair interviewer would rate) of the n-th finalist: the finalists
 * cycle through five strata, so every score band gets trials; referrals a little stronger.
 */
export const finalistLevel = (rand: Random, n: number, source: CandidateSource) =>
  // Centred on the bands (1.75 … 3.75), spread a little wider: the middling ratings of one interviewer and the 1–4 bounds pull scores in.
  2.75 + 0.65 * (((n * 3) % 5) - 2) + (rand.next() - 0.5) * 0.5 + sourceLift[source] / 2;

/** The share of trials that convert in each of the calibration report's score bands: rising with the score. */
const bandConversion: Record<(typeof scoreBands)[number]["key"], number> = { below_2: 0.1, "2_0": 0.3, "2_5": 0.5, "3_0": 0.7, "3_5": 0.88 };

/**
 * How each trial ends, from its application's weighted interview score and, a little, the source.
 * Within each band, and separately for the trials of the reports' default 90 days and the older
 * ones, error diffusion keeps the converted share at the band's rate, so the chart tells the same
 * story whatever day the demo is seeded; which trials of a band convert follows their order and
 * source. (The interviewer whose ratings track nothing moves a score by a little, so their
 * ratings stay all but unrelated to the outcome.)
 */
export function createOutcomes() {
  const carried = new Map<string, number>();
  return (score: number, recent: boolean, source: CandidateSource): boolean => {
    const band = scoreBands.find((b) => score >= b.min && score < b.max)!.key;
    const key = `${band}:${recent}`;
    const total = (carried.get(key) ?? 0) + Math.max(0, Math.min(1, bandConversion[band] + sourceLift[source]));
    const converted = total >= 0.5;
    carried.set(key, converted ? total - 1 : total);
    return converted;
  };
}

const endReasons: [TrialEndReason, number][] = [
  ["skills_gap", 5],
  ["delivery_pace", 5],
  ["communication", 4],
  ["overlap", 2],
  ["client_plans_changed", 2],
  ["candidate_withdrew", 2],
  ["other", 1],
];

/** A decided trial starting on `startsOn`: check-ins that lead to its outcome, sometimes an extension first. */
export function pastTrialPlan(rand: Random, startsOn: string, converted: boolean): TrialPlan {
  const extended = rand.chance(0.14);
  const endReason = pickWeighted(rand, endReasons);
  const onDay = converted ? (extended ? rand.int(18, 20) : rand.int(12, 14)) : extended ? rand.int(15, 19) : rand.int(5, 13);
  const by = converted ? (rand.chance(0.7) ? "hm" : "owner") : endReason === "candidate_withdrew" ? "owner" : "hm";
  const mood: CheckInSentiment[] = converted ? ["on_track", "on_track", "at_risk", "on_track"] : ["on_track", "at_risk", "off_track", "off_track"];
  const checkIns: PlannedCheckIn[] = [];
  for (let day = 2, i = 0; day < onDay; day += rand.int(2, 4), i++) {
    const sentiment = converted ? (rand.chance(0.85) ? "on_track" : "at_risk") : mood[Math.min(mood.length - 1, Math.floor((i * mood.length) / 4))];
    const author = rand.chance(0.7) ? "owner" : rand.chance(0.6) ? "hm" : "viewer";
    checkIns.push([day, sentiment, rand.chance(0.5) ? "shared" : "internal", author]);
  }
  return {
    startsOn,
    length: 14,
    extension: extended ? { to: 21, onDay: Math.min(onDay - 2, 13), reason: rand.pick(extensionReasons) } : undefined,
    decision: { outcome: converted ? "converted" : "ended", onDay, endReason: converted ? undefined : endReason, by },
    // Goals ticked on their days (week one on days 2, 4, 6; week two on 8, 10, 12), none after the decision.
    week1Done: converted ? 3 : Math.min(rand.int(0, 2), Math.floor((onDay - 2) / 2)),
    week2Done: converted ? rand.int(2, 3) : onDay > 9 ? rand.int(0, 1) : 0,
    checkIns,
  };
}

/** The trial's first day, `daysAgo` before the client's today, kept clear of the report's default 90-day edge. */
export function startDay(today: string, daysAgo: number): string {
  const clear = daysAgo >= 87 && daysAgo <= 92 ? (daysAgo < 90 ? 85 : 94) : daysAgo;
  return addDays(today, -clear);
}
