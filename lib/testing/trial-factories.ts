import { db } from "@/lib/db";
import { organizations, trialCheckIns, trialGoals, trials, type CheckInSentiment, type CheckInVisibility, type TrialOutcome } from "@/db/schema";
import { eq } from "drizzle-orm";

// Trial builders for unit tests: rows written directly (the start form has its own tests).

export function setClientZone(client: { id: number }, zone: string | null) {
  db().update(organizations).set({ timezone: zone }).where(eq(organizations.id, client.id)).run();
}

export function makeTrial(
  application: { id: number },
  owner: { id: number },
  fields: { startsOn: string; endsOn: string; outcome?: TrialOutcome | null; buddyId?: number | null; decidedAt?: Date | null } = {
    startsOn: "2026-11-02",
    endsOn: "2026-11-16",
  },
) {
  return db()
    .insert(trials)
    .values({
      applicationId: application.id,
      onboardingOwnerId: owner.id,
      createdById: owner.id,
      overlapHours: "14:00–17:00 client time",
      dayOneScope: "Pair on the deploy pipeline",
      metrics: JSON.stringify(["Deployment frequency", "Code review participation"]),
      ...fields,
      decidedAt: fields.outcome ? (fields.decidedAt ?? new Date()) : null,
      decidedById: fields.outcome ? owner.id : null,
    })
    .returning()
    .get();
}

export function makeGoal(trial: { id: number }, week: 1 | 2, position: number, done: { by: { id: number } } | null = null, text = `Goal ${week}.${position}`) {
  return db()
    .insert(trialGoals)
    .values({ trialId: trial.id, week, position, text, doneAt: done ? new Date() : null, doneById: done?.by.id ?? null })
    .returning()
    .get();
}

export function makeCheckIn(
  trial: { id: number },
  author: { id: number },
  {
    on,
    sentiment = "on_track",
    visibility = "internal",
    note = "Going fine",
  }: { on: string; sentiment?: CheckInSentiment; visibility?: CheckInVisibility; note?: string },
) {
  return db().insert(trialCheckIns).values({ trialId: trial.id, authorId: author.id, on, sentiment, visibility, note }).returning().get();
}
