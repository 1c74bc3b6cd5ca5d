import { db } from "@/lib/db";
import { applications, candidates, stageEvents, type CandidateSource, type Stage } from "@/db/schema";

// Hand-built histories for the reports' tests: an application whose stage events happen on given
// days (hours after midnight UTC of a base day), written through the real tables so the triggers
// fill what the reports read (reached rank, when each stay ended, the source).

const DAY = 86_400_000;
const HOUR = 3_600_000;
let n = 0;

export const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A candidate of `source` added to `role` at the first step; then each step: [stage, hours after the base day]. */
export function history(role: { id: number }, base: string, steps: [Stage, number][], source: CandidateSource = "sourced", actorId?: number) {
  const candidate = db()
    .insert(candidates)
    .values({ name: `Report candidate ${++n}`, email: `rc${n}@x.test`, emailNormalized: `rc${n}@x.test`, source })
    .returning()
    .get();
  return historyFor(candidate.id, role, base, steps, actorId);
}

/** The same for an existing candidate (a second application of one person). */
export function historyFor(candidateId: number, role: { id: number }, base: string, steps: [Stage, number][], actorId?: number) {
  const at = (hours: number) => new Date(dayMs(base) + hours * HOUR);
  const [last] = steps.slice(-1);
  const submitted = steps.find(([s]) => s === "submitted");
  const app = db()
    .insert(applications)
    .values({
      roleId: role.id,
      candidateId,
      stage: last[0],
      stageChangedAt: at(last[1]),
      submittedAt: submitted ? at(submitted[1]) : null,
      createdAt: at(steps[0][1]),
      updatedAt: at(last[1]),
    })
    .returning()
    .get();
  let from: Stage | null = null;
  for (const [stage, hours] of steps) {
    db()
      .insert(stageEvents)
      .values({ applicationId: app.id, fromStage: from, toStage: stage, actorId: actorId ?? null, createdAt: at(hours), updatedAt: at(hours) })
      .run();
    from = stage;
  }
  return app;
}

export const days = (d: number) => d * 24;
export { DAY };
