import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { interviewCalendar, interviewUid, type CalendarInterview } from "./ics";

const interview: CalendarInterview = {
  id: 42,
  kind: "systems_design",
  startsAt: new Date("2026-03-08T14:00:00Z"), // 10:00 in New York, the day its clocks go forward
  durationMinutes: 90,
  location: "https://meet.example.test/abc-defg",
  status: "scheduled",
  version: 1,
  interviewers: [
    { id: 1, name: "Riley Chen", email: "recruiter@agency.test", company: "Bridgewater", agency: true, scorecard: "missing" },
    { id: 2, name: "Sam Okafor", email: "sam@agency.test", company: "Bridgewater", agency: true, scorecard: "draft" },
  ],
  createdBy: { name: "Riley Chen", email: "recruiter@agency.test" },
  candidate: { name: "Ana Díaz" },
  role: { title: "Senior Engineer, Payments", clientName: "Northwind Labs" },
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { vevent, event: new ICAL.Event(vevent) };
}

describe("an interview's calendar file, parsed back with ical.js", () => {
  it("has the title, UTC times, duration, place and interviewers", () => {
    const text = interviewCalendar(interview, "https://trialboard.test/interviews/42");
    expect(text).toContain("\r\n");
    const { vevent, event } = parse(text);
    expect(event.summary).toBe("Systems design: Ana Díaz for Senior Engineer, Payments");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-08T14:00:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-03-08T15:30:00.000Z");
    expect(event.location).toBe("https://meet.example.test/abc-defg");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://meet.example.test/abc-defg");
    expect(event.description).toContain("https://trialboard.test/interviews/42");
    expect(event.organizer).toBe("MAILTO:recruiter@agency.test");
    expect(event.attendees.map((a) => [a.getParameter("cn"), String(a.getFirstValue()).toLowerCase()])).toEqual([
      ["Riley Chen", "mailto:recruiter@agency.test"],
      ["Sam Okafor", "mailto:sam@agency.test"],
    ]);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("keeps one UID per interview and raises SEQUENCE with each version; a canceled one says CANCELLED", () => {
    const first = parse(interviewCalendar(interview, "x")).event;
    const again = parse(interviewCalendar(interview, "x")).event;
    const canceled = parse(interviewCalendar({ ...interview, status: "canceled", version: 3 }, "x"));
    expect(first.uid).toBe(interviewUid(42));
    expect(again.uid).toBe(first.uid);
    expect(canceled.event.uid).toBe(first.uid);
    expect(first.sequence).toBe(0);
    expect(canceled.event.sequence).toBe(2);
    expect(canceled.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(parse(interviewCalendar({ ...interview, id: 43 }, "x")).event.uid).not.toBe(first.uid);
  });

  it("puts a place that is not a link in LOCATION only", () => {
    const { vevent, event } = parse(interviewCalendar({ ...interview, location: "Northwind office, room 4" }, "x"));
    expect(event.location).toBe("Northwind office, room 4");
    expect(vevent.getFirstPropertyValue("url")).toBeNull();
  });
});
