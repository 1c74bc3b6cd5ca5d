import { eq } from "drizzle-orm";
import { beforeAll } from "vitest";
import { db } from "@/lib/db";
import { applications, candidates, roles } from "@/db/schema";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import type { ScheduleInterviewInput } from "./schemas";

// The world the interview command tests share (each test file gets its own database): an agency
// with two recruiters, a client with a hiring manager and one role, another client's hiring
// manager, and builders for applications and the scheduling form's input.

type Person = ReturnType<typeof makeViewer>;
export type InterviewWorld = { recruiter: Person; colleague: Person; hiringManager: Person; otherHiringManager: Person; roleId: number };

export function interviewWorld() {
  const world = {} as InterviewWorld;
  let n = 0;
  beforeAll(() => {
    const agency = makeOrg("agency");
    const client = makeOrg("client");
    world.recruiter = makeViewer("recruiter", agency);
    world.colleague = makeViewer("recruiter", agency);
    world.hiringManager = makeViewer("hiring_manager", client);
    world.otherHiringManager = makeViewer("hiring_manager", makeOrg("client"));
    world.roleId = db()
      .insert(roles)
      .values({ clientId: client.id, title: "Senior", type: "senior", status: "open", ownerId: world.recruiter.id })
      .returning()
      .get().id;
  });

  /** A new application on the role, moved to `stage` by the recruiter. */
  function application(stage: "interviewing" | "submitted") {
    const { roleId, recruiter } = world;
    const c = db()
      .insert(candidates)
      .values({ name: `Cand ${++n}`, email: `c${n}@x.test`, emailNormalized: `c${n}@x.test`, source: "sourced" })
      .returning()
      .get();
    const added = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
    if (!added.ok) throw new Error(added.message);
    const app = db().select().from(applications).where(eq(applications.id, added.data!.id)).get()!;
    const moved = moveApplications({ roleId, to: stage, applications: [{ id: app.id, version: app.version }], resumeShared: false }, contextFor(recruiter));
    if (!moved.ok) throw new Error(moved.message);
    return app.id;
  }

  const candidateOf = (applicationId: number) =>
    db()
      .select({ id: candidates.id, name: candidates.name })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(eq(applications.id, applicationId))
      .get()!;

  /** The scheduling form's input for an application: 3 Jun 2030, 14:00 in Berlin, an hour, both recruiters. */
  const input = (applicationId: number, over: Partial<ScheduleInterviewInput> = {}): ScheduleInterviewInput => ({
    applicationId,
    kind: "systems_design",
    date: "2030-06-03",
    time: "14:00",
    timeZone: "Europe/Berlin",
    durationMinutes: 60,
    interviewerIds: [world.recruiter.id, world.colleague.id],
    location: "https://meet.example.test/x",
    ...over,
  });

  return { world, application, candidateOf, input };
}
