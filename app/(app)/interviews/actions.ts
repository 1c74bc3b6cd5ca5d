"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { checkBookings, interviewerChoicesFor, rescheduleInterview, scheduleInterview, setInterviewStatus } from "@/lib/interviews/commands";
import { idSchema } from "@/lib/validation";
import { bookingCheckSchema, rescheduleInterviewSchema, scheduleInterviewSchema, setInterviewStatusSchema } from "@/lib/interviews/schemas";

// The interview loop's writes, used from the application page's Interviews section.

/** Read only: the scheduling form asks it for double bookings while it is filled in. */
export const checkBookingsAction = action("interview:check-bookings", "interviews:schedule", bookingCheckSchema, checkBookings);

/** Read only: the scheduling form's interviewers, asked for when it opens (not sent with every application page). */
export const interviewerChoicesAction = action("interview:choices", "interviews:schedule", z.object({ applicationId: idSchema }), interviewerChoicesFor);

export const scheduleInterviewAction = action("interview:schedule", "interviews:schedule", scheduleInterviewSchema, (input, ctx) => {
  const result = scheduleInterview(input, ctx);
  if (result.ok) {
    revalidatePath(`/applications/${input.applicationId}`);
    revalidatePath("/interviews");
  }
  return result;
});

export const rescheduleInterviewAction = action("interview:reschedule", "interviews:schedule", rescheduleInterviewSchema, (input, ctx) => {
  const result = rescheduleInterview(input, ctx);
  if (result.ok) {
    revalidatePath("/applications/[id]", "page");
    revalidatePath("/interviews");
  }
  return result;
});

export const setInterviewStatusAction = action("interview:status", "interviews:schedule", setInterviewStatusSchema, (input, ctx) => {
  const result = setInterviewStatus(input, ctx);
  if (result.ok) {
    revalidatePath("/applications/[id]", "page");
    revalidatePath("/interviews");
  }
  return result;
});
