import { interviewStatuses, type InterviewStatus } from "@/lib/evaluation/labels";

// Double booking is a warning, not a refusal: the agency may knowingly book an interviewer twice
// (a panel that runs over, a slot they will move). Pure, so the rule is tested as a table.

export type Booking = { id: number; startsAt: Date; durationMinutes: number; status: InterviewStatus };
export type Slot = { id?: number; startsAt: Date; durationMinutes: number };

/** The statuses in which an interview holds its interviewers' and candidate's time: all but canceled. */
export const holdingTime: readonly InterviewStatus[] = interviewStatuses.filter((s) => s !== "canceled");

const endOf = (s: { startsAt: Date; durationMinutes: number }) => s.startsAt.getTime() + s.durationMinutes * 60_000;

/**
 * The bookings that overlap the slot, soonest first: intervals are half-open, so one ending at
 * 14:00 does not overlap one starting at 14:00. A canceled interview holds no time, and the slot's
 * own interview (when rescheduling) is not a clash with itself.
 */
export function overlapping<B extends Booking>(slot: Slot, bookings: readonly B[]): B[] {
  const start = slot.startsAt.getTime();
  const end = endOf(slot);
  return bookings
    .filter((b) => holdingTime.includes(b.status) && b.id !== slot.id && b.startsAt.getTime() < end && endOf(b) > start)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
