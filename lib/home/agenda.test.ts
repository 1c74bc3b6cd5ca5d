import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { interviewers, interviews } from "@/db/schema";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { homeAgenda } from "./agenda";

// 07:00 on Tuesday 24 November in New York (12:00 UTC).
const now = new Date("2026-11-24T12:00:00Z");
const at = (iso: string) => new Date(iso);

const agency = makeOrg("agency");
const client = makeOrg("client");
const riley = makeViewer("recruiter", agency);
const app = makeApplication(makeRole(client, riley), "client_interview");

function interview(startsAt: Date, status: "scheduled" | "completed" | "canceled" = "scheduled") {
  const row = db()
    .insert(interviews)
    .values({ applicationId: app.id, kind: "coding", startsAt, durationMinutes: 60, status, createdById: riley.id })
    .returning()
    .get();
  db().insert(interviewers).values({ interviewId: row.id, userId: riley.id }).run();
  return row.id;
}

describe("the interviewer's day on the home page", () => {
  const earlyToday = interview(at("2026-11-24T05:30:00Z")); // 00:30 in New York: today there, still scheduled and over
  const lateYesterday = interview(at("2026-11-24T04:00:00Z")); // 23:00 on the 23rd in New York
  const later = interview(at("2026-11-24T18:00:00Z"));
  const tomorrowNight = interview(at("2026-11-26T04:30:00Z")); // 23:30 on the 25th in New York
  interview(at("2026-11-26T05:30:00Z")); // 00:30 on the 26th: the day after tomorrow
  interview(at("2026-11-24T20:00:00Z"), "canceled");
  const overdue = interview(at("2026-11-20T15:00:00Z"), "completed");

  it("lists today's and tomorrow's interviews in the viewer's zone, soonest first, and the scorecards owed, overdue first", () => {
    const agenda = homeAgenda(riley, now, "America/New_York", "today-tomorrow");
    expect(agenda.interviews.map((i) => i.id)).toEqual([earlyToday, later, tomorrowNight]);
    expect(agenda.owed.map((i) => [i.id, i.overdue])).toEqual([
      [overdue, true],
      [lateYesterday, false],
      [earlyToday, false],
    ]);
    expect(agenda).toMatchObject({ owedCount: { total: 3, overdue: 1, atLeast: false, overdueAtLeast: false }, interviewsMore: false });
  });

  it("the same instants in UTC make a different day", () => {
    expect(homeAgenda(riley, now, "UTC", "today-tomorrow").interviews.map((i) => i.id)).toEqual([lateYesterday, earlyToday, later]);
  });

  it("past the 8 rows it shows, the owed count and the overdue count are of every scorecard owed, not of the rows shown", () => {
    const sam = makeViewer("recruiter", agency);
    const owedBy = (startsAt: Date) => {
      const row = db()
        .insert(interviews)
        .values({ applicationId: app.id, kind: "coding", startsAt, durationMinutes: 60, status: "completed", createdById: sam.id })
        .returning()
        .get();
      db().insert(interviewers).values({ interviewId: row.id, userId: sam.id }).run();
    };
    // 11 overdue (ended days ago), 2 not yet (ended within the last 24 hours).
    for (let day = 10; day < 21; day++) owedBy(at(`2026-11-${day}T15:00:00Z`));
    owedBy(at("2026-11-24T09:00:00Z"));
    owedBy(at("2026-11-24T10:00:00Z"));
    const agenda = homeAgenda(sam, now, "UTC", "today-tomorrow");
    expect(agenda.owed).toHaveLength(8);
    expect(agenda.owedCount).toEqual({ total: 13, atLeast: false, overdue: 11, overdueAtLeast: false });
  });

  it("a hiring manager's window is everything still to come", () => {
    const upcoming = homeAgenda(riley, now, "UTC", "upcoming").interviews.map((i) => i.id);
    expect(upcoming).toEqual([later, tomorrowNight, upcoming[2]]);
    expect(upcoming).toHaveLength(3);
  });
});
