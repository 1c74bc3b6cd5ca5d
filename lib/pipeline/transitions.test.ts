import { describe, expect, it } from "vitest";
import type { Stage, UserKind } from "@/lib/domain";
import { makeOrg, makeViewer } from "@/lib/testing/factories";
import { checkTransition, mayUndoOwnMove, moveOptions, moveRefusals, prepareTransition } from "./transitions";

describe("the transition registry", () => {
  const cases: [UserKind, Stage, Stage, string | null][] = [
    ["recruiter", "sourced", "screening", null],
    ["recruiter", "offer", "trial", null],
    ["admin", "offer", "trial", null],
    ["recruiter", "screening", "trial", "A trial can start only from Offer"],
    ["recruiter", "trial", "hired", "Record the trial's decision on its page"],
    ["recruiter", "trial", "rejected", "Record the trial's decision on its page"],
    ["recruiter", "offer", "hired", "A hire is recorded by converting the candidate's trial"],
    ["recruiter", "hired", "rejected", "A hired candidate's application is closed"],
    ["recruiter", "submitted", "submitted", "Already in Submitted"],
    ["hiring_manager", "offer", "trial", "You can move candidates only to Client interview, Offer or Rejected"],
    ["hiring_manager", "hired", "offer", "A hired candidate's application is closed"],
    ["hiring_manager", "trial", "offer", "Record the trial's decision on its page"],
    ["hiring_manager", "rejected", "offer", "Only the agency can move a candidate out of Rejected"],
    ["hiring_manager", "submitted", "rejected", null],
    ["client_viewer", "submitted", "offer", "You cannot move candidates"],
  ];
  it.each(cases)("%s: %s → %s refused with: %s", (kind, from, to, refusal) => {
    const check = checkTransition(kind, from, to);
    expect(check.ok ? null : check.reason).toBe(refusal);
  });

  it("tells the board which moves open a dialog and which cannot be made yet", () => {
    const agency = makeOrg("agency");
    const client = makeOrg("client");
    const offer = moveOptions(makeViewer("recruiter", agency), "offer");
    // A trial's start is taken back only by its decision: its notice offers no Undo.
    expect(offer).toContainEqual({ to: "trial", dialog: "start-trial", noUndo: true });
    expect(moveOptions(makeViewer("recruiter", agency), "trial")).toEqual([]);
    expect(offer).toContainEqual({ to: "rejected", dialog: "reject" });
    expect(offer).toContainEqual({ to: "screening" });
    expect(offer.map((o) => o.to)).not.toContain("hired");
    expect(moveOptions(makeViewer("hiring_manager", client), "submitted")).toEqual([
      { to: "client_interview" },
      { to: "offer" },
      { to: "rejected", dialog: "reject" },
    ]);
    expect(moveOptions(makeViewer("client_viewer", client), "submitted")).toEqual([]);
    // Out of Rejected, the way back would need a rejection reason: no Undo from the notice.
    expect(moveOptions(makeViewer("recruiter", agency), "rejected")).toContainEqual({ to: "screening", noUndo: true });
  });

  it("lets the maker of a move take it back, except into or out of a trial or a hire", () => {
    expect(mayUndoOwnMove("submitted", "rejected")).toBe(true);
    expect(mayUndoOwnMove("client_interview", "submitted")).toBe(true);
    expect(mayUndoOwnMove("offer", "trial")).toBe(false);
    expect(mayUndoOwnMove("trial", "rejected")).toBe(false);
    expect(mayUndoOwnMove("trial", "hired")).toBe(false);
  });

  it("says why a drop on a column the menu does not offer is refused", () => {
    const agency = makeOrg("agency");
    const client = makeOrg("client");
    const board = ["sourced", "screening", "trial", "hired", "rejected"] as const;
    expect(moveRefusals(makeViewer("recruiter", agency), "sourced", board)).toEqual({
      trial: "A trial can start only from Offer",
      hired: "A hire is recorded by converting the candidate's trial",
    });
    expect(moveRefusals(makeViewer("hiring_manager", client), "rejected", ["submitted", "offer", "rejected"])).toEqual({
      submitted: "Only the agency can move a candidate out of Rejected",
      offer: "Only the agency can move a candidate out of Rejected",
    });
    expect(moveRefusals(makeViewer("client_viewer", client), "submitted", board)).toEqual({});
  });

  it("validates a move's input with its target's schema", () => {
    expect(prepareTransition("rejected", { note: "x" })).toEqual({ ok: false, fieldErrors: { reason: "Choose a reason for rejecting" } });
    expect(prepareTransition("rejected", { reason: "other" })).toEqual({ ok: false, fieldErrors: { note: "Say why, for “Other”" } });
    expect(prepareTransition("screening", { note: "x".repeat(2001) })).toEqual({
      ok: false,
      fieldErrors: { note: "Note is too long (at most 2,000 characters)" },
    });
    expect(prepareTransition("hired", {})).toEqual({
      ok: false,
      fieldErrors: { to: "A hire is recorded by converting the candidate's trial, on the trial's page." },
    });
    expect(prepareTransition("trial", {})).toMatchObject({ ok: false, fieldErrors: { startsOn: "Choose the start date", weekOneGoals: expect.any(String) } });
    expect(prepareTransition("rejected", { reason: "communication" }).ok).toBe(true);
  });

  it("refuses a trial starting more than a year ahead (a typed 2206 for 2026), next to the start", () => {
    const plan = {
      onboardingOwnerId: 1,
      overlapHours: "14:00–17:00",
      dayOneScope: "Setup",
      metrics: ["Onboarding speed"],
      weekOneGoals: ["a"],
      weekTwoGoals: ["b"],
    };
    const yearOn = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);
    const later = `${Number(yearOn.slice(0, 4)) + 180}${yearOn.slice(4, 8)}01`;
    const laterEnd = `${later.slice(0, 8)}15`;
    expect(prepareTransition("trial", { ...plan, startsOn: later, endsOn: laterEnd })).toEqual({
      ok: false,
      fieldErrors: { startsOn: "A trial starts at most a year from today" },
    });
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 44 * 86_400_000).toISOString().slice(0, 10);
    expect(prepareTransition("trial", { ...plan, startsOn: start, endsOn: end }).ok).toBe(true);
  });
});
