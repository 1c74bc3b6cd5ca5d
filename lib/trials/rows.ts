import "server-only";
import { and } from "drizzle-orm";
import { inIds, prepared } from "@/lib/db";
import { trials, type CheckInSentiment, type TrialOutcome } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import { utcToLocal } from "@/lib/interviews/time";
import { resolveTimeZone } from "@/lib/labels";
import { aggregateColumns, parseGoals, trialNames, type TrialNames } from "./aggregates";
import { todayIn, trialDays, type TrialDays } from "./days";

// The rows a trial list shows, once its query has picked their ids (list.ts): each trial with the
// aggregates the viewer may see, placed on its client's calendar in JS, then given its names.

/** A trial placed on its client's calendar, before its names are fetched. */
type PlacedTrial = {
  id: number;
  startsOn: string;
  endsOn: string;
  outcome: TrialOutcome | null;
  decidedAt: Date | null;
  /** The day of the decision on the client's calendar. */
  decidedOn: string | null;
  days: TrialDays;
  goalsDone: number;
  goalsTotal: number;
  /** The latest check-in's sentiment, of the check-ins the viewer may read. */
  latestSentiment: CheckInSentiment | null;
};

export type TrialRow = PlacedTrial & TrialNames;

/** The trial rows of a list page (ids bound as JSON to `ids`), with the aggregates the viewer may see: one statement per scope shape. */
function lightQuery(viewer: Viewer) {
  return prepared(`trial-light:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({
        id: trials.id,
        clientZone: trials.clientZone,
        startsOn: trials.startsOn,
        endsOn: trials.endsOn,
        outcome: trials.outcome,
        decidedAt: trials.decidedAt,
        ...aggregateColumns(viewer),
      })
      .from(trials)
      .where(and(scopeFor(viewer).trials, inIds(trials.id, "ids")))
      .prepare(),
  );
}

type Light = ReturnType<ReturnType<typeof lightQuery>["all"]>[number];

function place(rows: Light[], now: Date): PlacedTrial[] {
  // Today depends only on the zone: computed once per zone, not once per trial.
  const todays = new Map<string, string>();
  return rows.map(({ latestCheckInOn, goals, ...row }) => {
    const zone = resolveTimeZone(row.clientZone);
    if (!todays.has(zone)) todays.set(zone, todayIn(zone, now));
    const g = parseGoals(goals);
    // The flag only asks whether some week-one goal is undone: one "not done" stands for them all.
    const weekOneDone = g.weekOneUndone ? [false] : [];
    const days = trialDays({ ...row, zone, today: todays.get(zone), latestCheckInOn, weekOneDone }, now);
    const decidedOn = row.decidedAt ? utcToLocal(row.decidedAt, zone).date : null;
    return { ...row, decidedOn, days, goalsDone: g.done, goalsTotal: g.total };
  });
}

/** Names for the rows shown. */
function withNames(rows: PlacedTrial[]): TrialRow[] {
  const names = trialNames(rows.map((r) => r.id));
  return rows.filter((r) => names.has(r.id)).map((r) => ({ ...r, ...names.get(r.id)! }));
}

/** The trials of these ids, with their names, placed on their clients' calendars, in the ids' order. */
export function placeInOrder(viewer: Viewer, ids: number[], now: Date): TrialRow[] {
  if (!ids.length) return [];
  const order = new Map(ids.map((id, i) => [id, i]));
  const light = lightQuery(viewer).all({ ids: JSON.stringify(ids), ...scopeParams(viewer) });
  light.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return withNames(place(light, now));
}
