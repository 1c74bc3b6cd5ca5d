import { z } from "zod";
import { yearAhead } from "@/lib/calendar";
import { interviewKinds } from "@/lib/evaluation/labels";
import { blankToUndefined, idSchema, isCalendarDate, optionalText, pageSchema, versionSchema, wholeNumber } from "@/lib/validation";
import { MAX_DURATION, MIN_DURATION } from "./limits";
import { isTimeZone } from "./time";

// The interview forms' inputs. Plain module: the scheduling form and the server share it.

export { MAX_DURATION, MIN_DURATION };

/** One or more interviewer ids: a form posts one value as a string and several as an array. */
const interviewerIdsSchema = z.preprocess(
  (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(idSchema, { error: "Choose at least one interviewer" }).min(1, "Choose at least one interviewer").max(10, "At most 10 interviewers"),
);

const slotFields = {
  // A real day (2026-02-31 is not one), at most a year ahead; how far back is the command's rule.
  date: z
    .string({ error: "Enter a date" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date")
    .refine(isCalendarDate, "Enter a real date")
    .refine((v) => v <= yearAhead(), "An interview is at most a year from today"),
  time: z.string({ error: "Enter a start time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a start time (HH:MM)"),
  /** The zone the form showed the date and time in (the viewer's). */
  timeZone: z.string({ error: "Missing time zone" }).refine(isTimeZone, "Unknown time zone"),
  durationMinutes: wholeNumber({
    min: MIN_DURATION,
    max: MAX_DURATION,
    message: "Enter the duration in minutes",
    tooSmall: `At least ${MIN_DURATION} minutes`,
    tooLarge: `At most ${MAX_DURATION} minutes (8 hours)`,
  }),
  interviewerIds: interviewerIdsSchema,
  location: optionalText(500, "The meeting link or place"),
};

export const scheduleInterviewSchema = z.object({
  applicationId: idSchema,
  kind: z.enum(interviewKinds, { error: "Choose the kind of interview" }),
  ...slotFields,
});
export type ScheduleInterviewInput = z.infer<typeof scheduleInterviewSchema>;

/**
 * The slot the scheduling form holds so far, checked for double bookings before it is saved:
 * the application, and when rescheduling the interview itself (its own time is no clash).
 */
export const bookingCheckSchema = z.object({
  applicationId: idSchema,
  interviewId: idSchema.optional(),
  date: slotFields.date,
  time: slotFields.time,
  timeZone: slotFields.timeZone,
  durationMinutes: slotFields.durationMinutes,
  interviewerIds: interviewerIdsSchema,
});
export type BookingCheckInput = z.infer<typeof bookingCheckSchema>;

export const rescheduleInterviewSchema = z.object({ interviewId: idSchema, version: versionSchema, ...slotFields });
export type RescheduleInterviewInput = z.infer<typeof rescheduleInterviewSchema>;

/** What an interview may become once scheduled. */
export const closingStatuses = ["completed", "canceled", "no_show"] as const;

export const setInterviewStatusSchema = z.object({
  interviewId: idSchema,
  version: versionSchema,
  status: z.enum(closingStatuses, { error: "Choose a status" }),
});
export type SetInterviewStatusInput = z.infer<typeof setInterviewStatusSchema>;

/** Which page of each /interviews list, read from the URL (`?owed=2&upcoming=3`; a bad value is page 1). */
const listPage = z.preprocess(blankToUndefined, pageSchema.optional()).catch(undefined);
export const myInterviewsPagesSchema = z.object({ owed: listPage, upcoming: listPage });
