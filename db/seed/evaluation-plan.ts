import { defaultKits } from "../../lib/evaluation/defaults";
import type { Attribute, InterviewKind, Recommendation, Stage } from "../schema";
import type { Random } from "./random";

// Pure helpers shared by the demo and large seeds: how far each application's loop has gone, and
// believable scorecards. A candidate has a level and a lean (hands-on or people-leaning), so the
// same ratings re-weighted for another role type give a different score.

const HANDS_ON: readonly Attribute[] = ["technical_depth", "system_design", "ownership"];
const PEOPLE: readonly Attribute[] = ["leadership", "mentorship", "roadmap_alignment"];

/** Stages whose applications have (had) interviews: interviewing and everything after it. */
export const INTERVIEWED_STAGES: readonly Stage[] = ["interviewing", "submitted", "client_interview", "offer", "trial", "hired"];

/** How many of the plan's interviews are done at this stage (the next one may be scheduled). */
export function interviewsDone(rand: Random, stage: Stage, planLength: number): number {
  switch (stage) {
    case "interviewing":
      return rand.int(0, Math.min(2, planLength - 2));
    case "submitted":
      return rand.int(2, planLength - 2);
    case "client_interview":
      return rand.int(planLength - 2, planLength - 1);
    case "offer":
      return rand.int(planLength - 1, planLength);
    case "trial":
    case "hired":
      return planLength;
    default:
      // An exit that had reached interviewing: part of the loop.
      return rand.int(1, 2);
  }
}

/** A candidate's level (1–4 scale) and lean (+: hands-on, −: people), derived from their id so both their applications agree. */
export function candidateProfile(candidateId: number): { level: number; lean: number } {
  const h = Math.imul(candidateId ^ 0x5bd1e995, 0x27d4eb2d) >>> 0;
  return { level: 1.7 + ((h % 1000) / 1000) * 1.9, lean: (((h >>> 10) % 3) - 1) * 0.7 };
}

const clamp = (n: number) => Math.max(1, Math.min(4, Math.round(n)));

/** Ratings for the attributes the kind's kit assesses; now and then one is left "not assessed". */
export function ratingsFor(rand: Random, kind: InterviewKind, profile: { level: number; lean: number }): Partial<Record<Attribute, number>> {
  const ratings: Partial<Record<Attribute, number>> = {};
  for (const attribute of defaultKits[kind].attributes) {
    if (Object.keys(ratings).length > 0 && rand.chance(0.1)) continue;
    const lean = HANDS_ON.includes(attribute) ? profile.lean : PEOPLE.includes(attribute) ? -profile.lean : 0;
    ratings[attribute] = clamp(profile.level + lean + (rand.next() - 0.5) * 1.4);
  }
  return ratings;
}

export function recommendationFor(ratings: Partial<Record<Attribute, number>>): Recommendation {
  const values = Object.values(ratings);
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return mean >= 3.5 ? "strong_yes" : mean >= 2.6 ? "yes" : mean >= 1.75 ? "no" : "strong_no";
}

/** Red flags: rare for strong candidates, commoner for weak ones; one, sometimes two. */
export function flagsFor(rand: Random, flags: readonly string[], ratings: Partial<Record<Attribute, number>>): string[] {
  const values = Object.values(ratings);
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  if (!rand.chance(mean < 2.5 ? 0.45 : 0.08)) return [];
  const first = rand.pick(flags);
  const second = rand.chance(0.3) ? rand.pick(flags) : first;
  return second === first ? [first] : [first, second];
}

const good = [
  "Clear, structured answers; named the trade-offs without being asked.",
  "Explained the design to a non-technical listener in two minutes, then went deep when asked.",
  "Owned a past outage end to end, including the blameless follow-up.",
  "Asked sharp questions about the client's stack and constraints.",
];
const mixed = [
  "Solid on the happy path; needed prompting on failure modes.",
  "Good instincts but thin on measurable outcomes.",
  "Strong technically; less convincing on working with product.",
];
const weak = [
  "Vague on trade-offs; answers stayed at buzzword level.",
  "Could not describe how they test or deploy their own work.",
  "Struggled to give an example of mentoring or leading anyone.",
];

export function notesFor(rand: Random, recommendation: Recommendation): string {
  return rand.pick(recommendation === "strong_yes" ? good : recommendation === "yes" ? [...good, ...mixed] : recommendation === "no" ? mixed : weak);
}

/** Minutes an interview of this kind takes. */
export const durationFor = (kind: InterviewKind) => (kind === "references" ? 30 : kind === "coding" || kind === "systems_design" ? 60 : 45);
