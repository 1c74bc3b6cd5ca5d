import { createEvent, type EventAttributes } from "ics";
import { interviewKindLabels } from "@/lib/evaluation/labels";
import type { InterviewDetail } from "./queries";

// The calendar file of one interview (RFC 5545 through the `ics` package), for Google Calendar,
// Outlook and Apple Calendar. Times are UTC instants, so no zone data is needed; the UID is the
// same for every download of the interview and SEQUENCE grows with its version, so importing a
// newer file (rescheduled, canceled) updates the event instead of adding a second one.

export type CalendarInterview = Pick<
  InterviewDetail,
  "id" | "kind" | "startsAt" | "durationMinutes" | "location" | "status" | "version" | "interviewers" | "createdBy"
> & {
  candidate: { name: string };
  role: { title: string; clientName: string };
};

/** The event's UID: stable per interview. */
export const interviewUid = (id: number) => `interview-${id}@trialboard`;

export const isUrl = (value: string | null | undefined): value is string => !!value && /^https?:\/\/\S+$/i.test(value);

/** The .ics text. `pageUrl` is the interview's page in the app (kit and scorecard). */
export function interviewCalendar(interview: CalendarInterview, pageUrl: string): string {
  const title = `${interviewKindLabels[interview.kind]}: ${interview.candidate.name} for ${interview.role.title}`;
  const event: EventAttributes = {
    uid: interviewUid(interview.id),
    sequence: interview.version - 1,
    productId: "trialboard/interviews",
    title,
    description: `${title} (${interview.role.clientName}).\nKit and scorecard: ${pageUrl}`,
    start: interview.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: interview.durationMinutes },
    ...(interview.location ? { location: interview.location } : {}),
    ...(isUrl(interview.location) ? { url: interview.location } : {}),
    status: interview.status === "canceled" ? "CANCELLED" : "CONFIRMED",
    busyStatus: interview.status === "canceled" ? "FREE" : "BUSY",
    organizer: { name: interview.createdBy.name, email: interview.createdBy.email },
    attendees: interview.interviewers.map((p) => ({ name: p.name, email: p.email, rsvp: true, partstat: "NEEDS-ACTION", role: "REQ-PARTICIPANT" })),
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return value;
}

/** A file name for the download: "interview-12-systems-design.ics". */
export function calendarFileName(interview: Pick<CalendarInterview, "id" | "kind">): string {
  return `interview-${interview.id}-${interview.kind.replace(/_/g, "-")}.ics`;
}
