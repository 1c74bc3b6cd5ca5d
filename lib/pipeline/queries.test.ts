import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, candidates, interviewers, interviews, roles, type Stage } from "@/db/schema";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { addCandidateToRole, moveApplications } from "./commands";
import { CARDS_PER_COLUMN, listApplications, listBoard } from "./queries";

let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let roleId: number;
const ids: Record<string, number[]> = { sourced: [], submitted: [], rejected: [] };

function application(name: string, to?: Stage) {
  const c = db()
    .insert(candidates)
    .values({ name, email: `${name}@board.test`, emailNormalized: `${name}@board.test`, source: "sourced" })
    .returning()
    .get();
  const added = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
  if (!added.ok) throw new Error(added.message);
  const id = added.data!.id;
  if (to) {
    const moved = moveApplications(
      { roleId, to, applications: [{ id, version: 1 }], note: "", reason: to === "rejected" ? "skills_mismatch" : undefined },
      contextFor(recruiter),
    );
    if (!moved.ok) throw new Error(moved.message);
  }
  ids[to ?? "sourced"].push(id);
}

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  otherHiringManager = makeViewer("hiring_manager", makeOrg("client"));
  roleId = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
  for (let i = 0; i < CARDS_PER_COLUMN + 4; i++) application(`sourced${i}`);
  for (let i = 0; i < 2; i++) application(`submitted${i}`, "submitted");
  for (let i = 0; i < 3; i++) application(`rejected${i}`, "rejected");
  // An application on another role never shows on this board.
  const otherRole = db()
    .insert(roles)
    .values({ clientId: client.id, title: "Other", type: "senior", status: "open", ownerId: recruiter.id })
    .returning()
    .get().id;
  const c = db()
    .insert(candidates)
    .values({ name: "elsewhere", email: "elsewhere@board.test", emailNormalized: "elsewhere@board.test", source: "sourced" })
    .returning()
    .get();
  db().insert(applications).values({ roleId: otherRole, candidateId: c.id, stage: "sourced" }).run();
});

const cardIds = (stage: Stage, board: ReturnType<typeof listBoard>) => board.cards.filter((c) => c.stage === stage).map((c) => c.id);
const newestFirst = (list: number[]) => [...list].sort((a, b) => b - a);

describe("the board", () => {
  it("counts every application per stage, shows each column's most recent cards, and no cards of a collapsed exit", () => {
    const board = listBoard(recruiter, roleId);
    expect(board.counts).toEqual({ sourced: CARDS_PER_COLUMN + 4, submitted: 2, rejected: 3 });
    // Same-second stage changes fall back to the newest application first.
    expect(cardIds("sourced", board)).toEqual(newestFirst(ids.sourced).slice(0, CARDS_PER_COLUMN));
    expect(cardIds("submitted", board)).toEqual(newestFirst(ids.submitted));
    expect(cardIds("rejected", board)).toEqual([]);
  });

  it("shows a whole column when it is expanded, an exit column included", () => {
    expect(cardIds("sourced", listBoard(recruiter, roleId, "sourced"))).toEqual(newestFirst(ids.sourced));
    const withRejected = listBoard(recruiter, roleId, "rejected");
    expect(cardIds("rejected", withRejected)).toEqual(newestFirst(ids.rejected));
    expect(cardIds("sourced", withRejected)).toHaveLength(CARDS_PER_COLUMN);
  });

  it("shows the role's hiring manager only what was submitted, and another company's nothing", () => {
    const board = listBoard(hiringManager, roleId);
    // The rejections happened before submission: the client never saw those candidates.
    expect(board.counts).toEqual({ submitted: 2 });
    expect(cardIds("submitted", board)).toEqual(newestFirst(ids.submitted));
    expect(board.cards.every((c) => c.stage === "submitted")).toBe(true);
    expect(listBoard(otherHiringManager, roleId)).toEqual({ counts: {}, cards: [] });
  });

  it("gives each card its loop progress (red flags for the agency only), in the list too", () => {
    const [id] = ids.submitted;
    const interview = db()
      .insert(interviews)
      .values({
        applicationId: id,
        kind: "coding",
        startsAt: new Date(Date.now() - 86_400_000),
        durationMinutes: 60,
        status: "completed",
        createdById: recruiter.id,
      })
      .returning()
      .get();
    db().insert(interviewers).values({ interviewId: interview.id, userId: hiringManager.id }).run();
    const progress = (cards: { id: number; progress: unknown }[]) => cards.find((c) => c.id === id)?.progress;
    // A lead's plan has six interviews; the hiring manager has not sent their scorecard.
    expect(progress(listBoard(recruiter, roleId).cards)).toEqual({ done: 1, planned: 6, scheduled: 0, due: 1, redFlags: 0 });
    expect(progress(listBoard(hiringManager, roleId).cards)).toEqual({ done: 1, planned: 6, scheduled: 0, due: 1, redFlags: null });
    expect(progress(listApplications(recruiter, roleId, {}).rows)).toEqual({ done: 1, planned: 6, scheduled: 0, due: 1, redFlags: 0 });
    expect(
      listBoard(recruiter, roleId)
        .cards.filter((c) => c.id !== id)
        .every((c) => c.progress?.done === 0),
    ).toBe(true);
  });
});
