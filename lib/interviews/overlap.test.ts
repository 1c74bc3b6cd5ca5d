import { describe, expect, it } from "vitest";
import { overlapping, type Booking } from "./overlap";

const at = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00Z`);
const booking = (id: number, start: string, minutes: number, status: Booking["status"] = "scheduled"): Booking => ({
  id,
  startsAt: at(start),
  durationMinutes: minutes,
  status,
});

describe("which of an interviewer's interviews overlap a new one (14:00–15:00)", () => {
  const slot = { startsAt: at("14:00"), durationMinutes: 60 };
  it.each([
    ["the same hour", booking(1, "14:00", 60), true],
    ["starting inside it", booking(1, "14:30", 60), true],
    ["ending inside it", booking(1, "13:30", 45), true],
    ["around it", booking(1, "13:00", 180), true],
    ["inside it", booking(1, "14:15", 15), true],
    ["ending as it starts", booking(1, "13:00", 60), false],
    ["starting as it ends", booking(1, "15:00", 30), false],
    ["earlier", booking(1, "09:00", 60), false],
    ["later", booking(1, "16:00", 60), false],
    ["canceled, same hour", booking(1, "14:00", 60, "canceled"), false],
    ["completed, same hour", booking(1, "14:00", 60, "completed"), true],
    ["no-show, same hour", booking(1, "14:00", 60, "no_show"), true],
  ])("%s → overlaps: %s", (_name, b, expected) => {
    expect(overlapping(slot, [b])).toEqual(expected ? [b] : []);
  });

  it("does not count the interview being rescheduled against itself", () => {
    expect(overlapping({ ...slot, id: 7 }, [booking(7, "14:00", 60)])).toEqual([]);
  });

  it("lists several clashes soonest first", () => {
    const later = booking(2, "14:45", 30);
    const earlier = booking(3, "13:30", 45);
    expect(overlapping(slot, [later, booking(4, "16:00", 30), earlier]).map((b) => b.id)).toEqual([3, 2]);
  });
});
