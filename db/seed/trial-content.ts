import { endReasonLabels } from "../../lib/trials/labels";
import { TZDate } from "@date-fns/tz";
import type { CheckInSentiment, RoleType, TrialEndReason } from "../schema";

// What a trial says, shared by the demo and the large seed: goals, day-one scopes, metrics and
// check-in notes for Senior, Lead and EM placements (after the seeds' advice: a trial should show
// onboarding speed, delivery velocity, review participation, incident recovery, deploy frequency).
// Plus the calendar helpers the seeds need; lib/trials/days.ts has the same pure arithmetic.

export const metricsFor: Record<RoleType, string[]> = {
  senior: ["Onboarding speed", "Delivery velocity", "Code review participation"],
  lead: ["Delivery velocity", "Deployment frequency", "Code review participation"],
  engineering_manager: ["Delivery velocity", "Time to recover from incidents", "Onboarding speed"],
};

export const goalsFor: Record<RoleType, { week1: string[]; week2: string[] }> = {
  senior: {
    week1: [
      "Local environment running and first pull request merged",
      "Shadow one on-call handover and read the last three incident write-ups",
      "Ship a small fix from the backlog end to end, including the deploy",
    ],
    week2: [
      "Own a medium-sized feature from ticket to production",
      "Review at least eight pull requests from the team",
      "Pair with the buddy on one design decision",
    ],
  },
  lead: {
    week1: [
      "Map the services and their owners; share the diagram with the team",
      "Merge a first change to the deploy pipeline",
      "Run one design review and write up the decision",
    ],
    week2: ["Propose a plan for the top tech-debt item, with estimates", "Cut deploy lead time on one service", "Lead the sprint planning session"],
  },
  engineering_manager: {
    week1: [
      "One-to-ones with every engineer on the team",
      "Review the incident process and the last month's incidents",
      "Agree the delivery metrics with the CTO and baseline them",
    ],
    week2: [
      "Run the team's retrospective and follow up on two actions",
      "Present a 90-day plan to the leadership team",
      "Fix one hiring or onboarding bottleneck",
    ],
  },
};

export const scopeFor: Record<RoleType, string> = {
  senior:
    "Day one: laptop and access set up with the buddy in the morning, a walkthrough of the architecture and the deploy pipeline after lunch. The first ticket is a small, real fix in the ingestion service, sized to reach production by day three, so the first week shows onboarding speed rather than heroics.",
  lead: "Day one: meet the squad leads, get production read access and sit in the daily stand-up. The brief for the two weeks is to take technical ownership of the platform area: understand the services and their owners, unblock the release train, and leave a written plan for the biggest source of deploy pain.",
  engineering_manager:
    "Day one: introductions with the CTO and each engineer, access to the team's boards, incident log and hiring pipeline. The two weeks are about the team rather than the code: learn how work flows from idea to production, where it stalls, and agree with the CTO what good delivery looks like here.",
};

export const checkInNotes: Record<CheckInSentiment, string[]> = {
  on_track: [
    "Merged the first PR on day two; the team says the review comments were thoughtful and quick.",
    "Ran the design review confidently and got agreement on the queue redesign.",
    "Shipped the feature behind a flag and watched the rollout; no issues.",
    "One-to-ones done with the whole team; already spotted the handover gap in on-call.",
    "Deploys on the service went from weekly to daily this week.",
  ],
  at_risk: [
    "Access to production took three days; the first fix is late through no fault of theirs.",
    "Quiet in stand-ups; the buddy will pair more this week to draw them out.",
    "The plan is good but estimates look optimistic; asked for a second pass.",
    "Overlap is tighter than agreed on two days; raised with the candidate.",
  ],
  off_track: [
    "Missed the sprint planning session and the follow-up; the client is concerned.",
    "The first feature needed a rollback after skipping the staging check.",
    "Team feedback: decisions made without consulting the squad leads.",
  ],
};

export const extensionReasons = [
  "The client's production access took a week to arrive; one more week to see the feature land.",
  "Holiday week in the middle of the trial; both sides agreed to extend by the days lost.",
];

export const endReasonNotes: Record<TrialEndReason, string> = {
  skills_gap: "Strong on the application side but the role needs deeper infrastructure experience than the trial showed.",
  delivery_pace: "Work was careful but slow for a team that ships daily; the client needs more pace.",
  communication: "The team found decisions hard to follow; written updates were rare.",
  overlap: "The agreed overlap hours did not hold in practice.",
  client_plans_changed: "The client paused the project the role was for.",
  candidate_withdrew: "The candidate accepted another offer during the trial.",
  other: "Both sides agreed it was not the right fit.",
};

/** What an ended trial writes on its application, exactly as lib/trials/decision.ts's command does. */
export function rejectionForEnded(endReason: TrialEndReason, note: string | null) {
  return {
    rejectionReason: "trial_ended" as const,
    rejectionNote: note,
    eventReason: [`Trial ended: ${endReasonLabels[endReason]}`, note].filter(Boolean).join(": "),
  };
}

export const overlapFor = (zone: string) => `14:00–17:00 ${zone}`;

const pad = (n: number) => String(n).padStart(2, "0");

/** Today's date ("YYYY-MM-DD") in `zone` at `now`. */
export function todayIn(zone: string, now: number): string {
  const z = new TZDate(now, zone);
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`;
}

/** The instant of `hour`:00 on `date` in `zone` (for created_at of what happened that day). */
export function at(date: string, hour: number, zone: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return new TZDate(y, m - 1, d, hour, 0, zone).getTime();
}

export { addDays, daysBetween, weekdayOf as weekday } from "../../lib/trials/calendar";
