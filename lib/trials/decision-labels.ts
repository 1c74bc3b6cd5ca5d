import type { TrialEndReason, TrialOutcome } from "@/db/schema";

// Words the decision's UI uses (shared trial rules: "Converted", "Ended", "Extended to 12 Dec").
// No server imports: client components read these.

export const trialOutcomeLabels: Record<TrialOutcome, string> = { converted: "Converted", ended: "Ended" };

export const trialEndReasonLabels: Record<TrialEndReason, string> = {
  skills_gap: "Skills gap",
  delivery_pace: "Delivery pace too slow",
  communication: "Communication concerns",
  overlap: "Not enough working-hours overlap",
  client_plans_changed: "Client's plans changed",
  candidate_withdrew: "Candidate withdrew",
  other: "Other",
};

/** "12 Dec" (a trial's calendar day, no time zone involved). */
export function formatTrialDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : d.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

/** "Extended to 12 Dec". */
export const extendedLabel = (endsOn: string) => `Extended to ${formatTrialDay(endsOn)}`;

/** The end reasons in the form's order. */
export const trialEndReasonChoices = Object.keys(trialEndReasonLabels) as TrialEndReason[];
