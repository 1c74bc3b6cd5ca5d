import { defaultTemplates } from "../../lib/evaluation/defaults";
import type { Tx } from "../client";
import { interviewers, interviews, scorecards, type Attribute, type RoleType, type Stage } from "../schema";
import { durationFor, flagsFor, notesFor, ratingsFor, recommendationFor } from "./evaluation-plan";
import type { Random } from "./random";

// The interview loop of a past application: the interviews of its role's plan that took place
// between its move to Interviewing and the end of the agency's and client's rounds, each completed,
// every interviewer's scorecard submitted (the history owes nothing). The ratings follow the
// candidate's level through evaluation-plan's ratingsFor — except the one interviewer whose
// ratings follow nothing: the calibration report shows their mean is the same for trials that
// converted and trials that ended.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type LoopPeople = {
  /** The agency's interviewers, drawn from in this order (repeats weight them). */
  pool: number[];
  /** The interviewer whose ratings do not track the candidate. */
  noisy: number;
};

export type PastLoop = {
  applicationId: number;
  type: RoleType;
  owner: number;
  hm: number | null;
  /** The candidate's level and lean (as evaluation-plan's candidateProfile). */
  profile: { level: number; lean: number };
  /** The furthest stage reached: how much of the loop took place. */
  furthest: Stage;
  /** When interviewing began, when the candidate was submitted (if ever), and when the rounds were over. */
  from: number;
  submittedAt: number | null;
  to: number;
};

/** How many of the plan's interviews an application got through, by the furthest stage it reached. */
function interviewsHeld(rand: Random, furthest: Stage, length: number): number {
  if (furthest === "interviewing") return rand.int(1, 2);
  if (furthest === "submitted") return rand.int(2, length - 2);
  if (furthest === "client_interview") return rand.int(length - 2, length - 1);
  if (furthest === "offer") return rand.int(length - 1, length);
  return length;
}

/** The start of office hours (9:00–16:00 UTC, on the quarter hour) on the day of `at`. */
const officeHours = (at: number, rand: Random) => Math.floor(at / DAY) * DAY + 9 * HOUR + rand.int(0, 28) * 15 * 60_000;

export type WrittenCard = { interviewerId: number; ratings: Partial<Record<Attribute, number>> };

/** Writes the loop; returns how many interviews it held and the scorecards it added. */
export function writePastLoop(tx: Tx, rand: Random, loop: PastLoop, people: LoopPeople): { interviews: number; cards: WrittenCard[] } {
  const plan = defaultTemplates[loop.type].plan;
  const held = interviewsHeld(rand, loop.furthest, plan.length);
  const cards: WrittenCard[] = [];
  for (let i = 0; i < held; i++) {
    const kind = plan[i];
    // Spread over the rounds, each on its day's office hours and inside the window.
    const day = loop.from + ((loop.to - loop.from) * (i + 0.5)) / held;
    const start = Math.min(Math.max(officeHours(day, rand), loop.from + HOUR), loop.to - 2 * HOUR);
    const end = start + durationFor(kind) * 60_000;
    const seated = [rand.pick(people.pool)];
    if (rand.chance(0.3)) seated.push(rand.pick(people.pool));
    // The client's hiring manager sits in on later rounds once the candidate is theirs to see (a
    // day after the submission, whatever hour office hours put the interview at; and decided on
    // times relative to the history, not the clock, so the random stream is the same any time of day).
    const hmJoins = rand.chance(0.5);
    const theirs = loop.submittedAt !== null && day >= loop.submittedAt + DAY;
    if (loop.hm && hmJoins && theirs && kind !== "coding" && kind !== "references") seated.push(loop.hm);
    const row = tx
      .insert(interviews)
      .values({
        applicationId: loop.applicationId,
        kind,
        startsAt: new Date(start),
        durationMinutes: durationFor(kind),
        location: kind === "references" ? "Phone" : `https://meet.bridgewater.test/${loop.applicationId}-${i + 1}`,
        status: "completed",
        createdById: loop.owner,
        createdAt: new Date(start - 3 * DAY),
        updatedAt: new Date(end),
      })
      .returning({ id: interviews.id })
      .get();
    for (const userId of new Set(seated)) {
      tx.insert(interviewers).values({ interviewId: row.id, userId }).run();
      // Rates everyone about the same, whoever they are: a middling level of their own each time.
      const noisyLevel = 2.2 + rand.next() * 1.1;
      const profile = userId === people.noisy ? { level: noisyLevel, lean: 0 } : loop.profile;
      const ratings = ratingsFor(rand, kind, profile);
      const recommendation = recommendationFor(ratings);
      const submittedAt = end + rand.int(1, 20) * HOUR;
      tx.insert(scorecards)
        .values({
          interviewId: row.id,
          applicationId: loop.applicationId,
          interviewerId: userId,
          status: "submitted",
          ratings: JSON.stringify(ratings),
          redFlags: JSON.stringify(flagsFor(rand, defaultTemplates[loop.type].redFlags, ratings)),
          notes: notesFor(rand, recommendation),
          recommendation,
          submittedAt: new Date(submittedAt),
          createdAt: new Date(end),
          updatedAt: new Date(submittedAt),
        })
        .run();
      cards.push({ interviewerId: userId, ratings });
    }
  }
  return { interviews: held, cards };
}
