import { describe, expect, it } from "vitest";
import type { Stage, UserKind } from "@/db/schema";
import { activeStages, canMove, daysInStage, exitStages } from "./stages";

const movesFrom = (kind: Parameters<typeof canMove>[0], from: Parameters<typeof canMove>[1]) =>
  [...activeStages, ...exitStages].filter((to) => canMove(kind, from, to).ok);

describe("canMove", () => {
  const cases: [UserKind, Stage, Stage, boolean][] = [
    ["recruiter", "sourced", "screening", true],
    ["recruiter", "screening", "sourced", true],
    ["recruiter", "sourced", "submitted", true],
    ["recruiter", "sourced", "client_interview", false],
    ["recruiter", "interviewing", "offer", false],
    ["recruiter", "submitted", "offer", true],
    ["recruiter", "rejected", "client_interview", true],
    ["recruiter", "sourced", "sourced", false],
    ["recruiter", "interviewing", "rejected", true],
    ["recruiter", "rejected", "screening", true],
    ["recruiter", "client_interview", "trial", false],
    ["recruiter", "offer", "trial", true],
    ["recruiter", "offer", "hired", false],
    ["recruiter", "trial", "hired", false],
    ["recruiter", "trial", "rejected", false],
    ["admin", "trial", "offer", false],
    ["recruiter", "hired", "rejected", false],
    ["admin", "submitted", "withdrawn", true],
    ["hiring_manager", "submitted", "client_interview", true],
    ["hiring_manager", "client_interview", "offer", true],
    ["hiring_manager", "offer", "rejected", true],
    ["hiring_manager", "offer", "client_interview", true],
    ["hiring_manager", "submitted", "submitted", false],
    ["hiring_manager", "screening", "client_interview", false],
    ["hiring_manager", "submitted", "screening", false],
    ["hiring_manager", "submitted", "withdrawn", false],
    ["hiring_manager", "offer", "trial", false],
    ["hiring_manager", "trial", "rejected", false],
    ["hiring_manager", "rejected", "offer", false],
    ["client_viewer", "submitted", "client_interview", false],
  ];
  it.each(cases)("%s: %s → %s allowed: %s", (kind, from, to, allowed) => {
    expect(canMove(kind, from, to).ok).toBe(allowed);
  });

  it("lists a hiring manager's choices", () => {
    expect(movesFrom("hiring_manager", "submitted")).toEqual(["client_interview", "offer", "rejected"]);
    expect(movesFrom("hiring_manager", "screening")).toEqual([]);
    expect(movesFrom("client_viewer", "submitted")).toEqual([]);
  });
});

describe("daysInStage", () => {
  const day = 86_400_000;
  const t = Date.UTC(2026, 10, 1);
  it.each([
    [t, t, 0],
    [t, t + day - 1, 0],
    [t, t + day, 1],
    [t, t + 13.5 * day, 13],
    [t + day, t, 0], // a clock skewed into the future never shows negative days
  ])("from %d to %d is %d days", (from, now, days) => {
    expect(daysInStage(from, now)).toBe(days);
  });
});
