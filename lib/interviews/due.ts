import type { InterviewStatus } from "@/lib/evaluation/labels";

// When a scorecard is owed, and when it is overdue. Pure (now is an argument), tested as a table.

/** A scorecard not in a day after its interview ended is overdue. */
export const OVERDUE_AFTER_MS = 24 * 60 * 60 * 1000;

type Timed = { startsAt: Date; durationMinutes: number };

export const endsAt = (i: Timed): Date => new Date(i.startsAt.getTime() + i.durationMinutes * 60_000);

/** Whether an interview's scorecard is due: it was held (completed), or it is still scheduled and has ended. */
export function scorecardDue(i: Timed & { status: InterviewStatus }, now: Date): boolean {
  return i.status === "completed" || (i.status === "scheduled" && endsAt(i).getTime() <= now.getTime());
}

/** Whether a due scorecard is overdue: its interview ended more than 24 hours ago. */
export function isOverdue(i: Timed & { status: InterviewStatus }, now: Date): boolean {
  return scorecardDue(i, now) && now.getTime() - endsAt(i).getTime() > OVERDUE_AFTER_MS;
}
