"use client";

import { useEffect, useState } from "react";
import type { ServerAction } from "@/lib/action-types";
import type { BookingCheckInput } from "@/lib/interviews/schemas";

export type CheckBookings = ServerAction<BookingCheckInput, { warnings: string[] }>;

/** How long typing must pause before the slot is checked. */
const PAUSE_MS = 400;

/**
 * The interviewers' double bookings for the slot the form holds (null: nothing worth asking
 * about yet: the dialog is closed, or a field is incomplete), asked once typing pauses. While the
 * slot changes, the last answer stays until the next one arrives, so the warning does not flicker
 * away and back as a time is typed; once the slot is null the answer is dropped, so it never
 * shows against a later, different slot.
 */
export function useBookingWarnings(check: CheckBookings, slot: BookingCheckInput | null): string[] {
  const [answer, setAnswer] = useState<string[]>([]);
  const key = slot ? JSON.stringify(slot) : null;
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an effect:
  // React renders again at once with the emptied answer, before anything is shown.
  if (!key && answer.length) setAnswer([]);
  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = setTimeout(() => {
      check(null, JSON.parse(key) as BookingCheckInput).then(
        (result) => current && setAnswer(result.ok ? (result.data?.warnings ?? []) : []),
        // Only a hint: saving checks again and warns in its answer.
        () => current && setAnswer([]),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [check, key]);
  return answer;
}
