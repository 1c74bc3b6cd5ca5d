import type { CheckInSentiment } from "@/db/schema";
import type { TrialFlag, TrialStatus } from "./days";
import { decidedLabel, goalsMetLabel } from "./labels";
import type { TrialRow } from "./list";

// A trial list row as plain words for the client components (the table, the home cards).

export type TrialListRow = {
  id: number;
  candidate: string;
  role: string;
  client: string;
  owner: string;
  day: string;
  daysLeft: string;
  goals: string;
  goalsSentence: string;
  sentiment: CheckInSentiment | null;
  status: TrialStatus;
  /** The decision, once there is one. */
  outcome: TrialRow["outcome"];
  flags: TrialFlag[];
};

function daysLeftLabel(row: TrialRow): string {
  const { status, daysLeft } = row.days;
  if (status === "decided" || daysLeft < 0) return "—";
  // Not started yet: the days it will run, not the days until its end counted from today.
  const left = status === "upcoming" ? row.days.length : daysLeft;
  return left === 1 ? "1 day" : `${left} days`;
}

export function presentTrialRow(row: TrialRow): TrialListRow {
  return {
    id: row.id,
    candidate: row.candidateName,
    role: row.roleTitle,
    client: row.clientName,
    owner: row.ownerName,
    // A decided trial says how and when it was decided ("Converted 13 Nov"), not only that it was.
    day: row.outcome && row.decidedOn ? decidedLabel(row.outcome, row.decidedOn) : row.days.label,
    daysLeft: daysLeftLabel(row),
    goals: `${row.goalsDone}/${row.goalsTotal}`,
    goalsSentence: goalsMetLabel(row.goalsDone, row.goalsTotal),
    sentiment: row.latestSentiment,
    status: row.days.status,
    outcome: row.outcome,
    flags: row.days.flags,
  };
}

/** How many check-ins a trial's page lists until asked for all of them (the timeline marks every one by its day). */
export const RECENT_CHECK_INS = 10;

/**
 * Which check-ins a trial's page lists (they come newest first): the latest few, or all of them
 * when the URL asks (`?checkins=all`), with the link that switches between the two when there are
 * more than the few.
 */
export function listedCheckIns<T>(trialId: number, checkIns: T[], all: boolean): { listed: T[]; more: { href: string; label: string } | null } {
  if (checkIns.length <= RECENT_CHECK_INS) return { listed: checkIns, more: null };
  return all
    ? { listed: checkIns, more: { href: `/trials/${trialId}#check-ins`, label: `Show only the latest ${RECENT_CHECK_INS}` } }
    : {
        listed: checkIns.slice(0, RECENT_CHECK_INS),
        more: { href: `/trials/${trialId}?checkins=all#check-ins`, label: `Show all ${checkIns.length} check-ins` },
      };
}
