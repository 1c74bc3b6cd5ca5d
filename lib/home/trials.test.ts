import { describe, expect, it } from "vitest";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { makeCheckIn, makeGoal, makeTrial } from "@/lib/testing/trial-factories";
import { homeTrials } from "./trials";

// The home page's trial sections: the agency's trials needing attention, a client's own trials.
const now = new Date("2026-11-07T09:00:00Z");

describe("homeTrials", () => {
  const agency = makeOrg("agency");
  const client = makeOrg("client", "Client A");
  const other = makeOrg("client", "Client B");
  const recruiter = makeViewer("recruiter", agency);
  const role = makeRole(client, recruiter);
  const quiet = makeTrial(makeApplication(role, "trial"), recruiter, { startsOn: "2026-11-02", endsOn: "2026-11-16" });
  makeCheckIn(quiet, recruiter, { on: "2026-11-06", visibility: "shared" });
  makeGoal(quiet, 1, 0, { by: recruiter });
  makeGoal(quiet, 1, 1);
  const flagged = makeTrial(makeApplication(role, "trial"), recruiter, { startsOn: "2026-10-20", endsOn: "2026-11-03" });
  const decided = makeTrial(makeApplication(role, "hired"), recruiter, { startsOn: "2026-10-01", endsOn: "2026-10-15", outcome: "converted" });
  makeTrial(makeApplication(makeRole(other, recruiter), "trial"), recruiter, { startsOn: "2026-10-20", endsOn: "2026-11-03" });

  it("gives the agency the flagged trials only, every client's", () => {
    const home = homeTrials(recruiter, now);
    expect(home?.kind).toBe("attention");
    if (home?.kind !== "attention") return;
    expect(home.rows.map((r) => r.id)).toContain(flagged.id);
    expect(home.rows.map((r) => r.id)).not.toContain(quiet.id);
    expect(home.total).toBeGreaterThanOrEqual(2);
  });

  it.each(["client_viewer", "hiring_manager"] as const)("gives a %s their company's trials: current first with day and goals, then decided", (kind) => {
    const home = homeTrials(makeViewer(kind, client), now);
    expect(home?.kind).toBe("company");
    if (home?.kind !== "company") return;
    expect(home.current.map((r) => r.id)).toEqual([flagged.id, quiet.id]);
    expect(home.current[1]).toMatchObject({ day: "Day 6 of 14", goalsSentence: "1 of 2 goals met", sentiment: "on_track" });
    expect(home.decided.map((r) => r.id)).toEqual([decided.id]);
  });
});
