import type { RoleType } from "../schema";
import type { TrialPlan } from "./demo-trials-write";
import { addDays, extensionReasons, weekday } from "./trial-content";

// The demo's trials, as the days they are on relative to the day the demo is seeded (each plan
// takes the client's "today"), so "day 6" stays day 6 whenever it is seeded.

export type Scenario = { client: string; title: string; type: RoleType; owner: "riley" | "sam"; plan: (today: string) => TrialPlan; filled?: boolean };

const week1 = (done: number, week2 = 0) => ({ week1Done: done, week2Done: week2 });
/** The first Monday at least five days away: "next week" whatever day the demo is seeded. */
const nextWeekMonday = (today: string) => {
  const d = (8 - weekday(today)) % 7 || 7;
  return addDays(today, d < 5 ? d + 7 : d);
};

export const DEMO_TRIALS: Scenario[] = [
  {
    client: "Northwind Labs",
    title: "Lead Data Platform Engineer",
    type: "lead",
    owner: "riley",
    plan: (today) => ({
      startsOn: addDays(today, -5),
      length: 14,
      ...week1(2),
      checkIns: [
        [1, "on_track", "internal", "owner"],
        [2, "on_track", "internal", "owner"],
        [3, "on_track", "shared", "hm"],
        [4, "at_risk", "internal", "owner"],
        [5, "on_track", "shared", "viewer"],
        [6, "on_track", "shared", "owner"],
      ],
    }),
  },
  {
    client: "Northwind Labs",
    title: "Engineering Manager, Data",
    type: "engineering_manager",
    owner: "riley",
    plan: (today) => ({
      startsOn: addDays(today, -12),
      length: 14,
      ...week1(3, 1),
      checkIns: [
        [2, "on_track", "shared", "hm"],
        [3, "on_track", "internal", "owner"],
        [5, "at_risk", "internal", "owner"],
        [7, "on_track", "shared", "owner"],
        [8, "on_track", "shared", "viewer"],
        [10, "on_track", "internal", "owner"],
        [12, "at_risk", "shared", "hm"],
      ],
    }),
  },
  {
    client: "Northwind Labs",
    title: "Senior Analytics Engineer",
    type: "senior",
    owner: "riley",
    filled: true,
    plan: (today) => ({
      startsOn: addDays(today, -30),
      length: 14,
      ...week1(3, 3),
      decision: { outcome: "converted", onDay: 15, by: "hm" },
      checkIns: [
        [2, "on_track", "shared", "hm"],
        [4, "on_track", "internal", "owner"],
        [6, "on_track", "internal", "owner"],
        [9, "on_track", "shared", "owner"],
        [11, "on_track", "shared", "viewer"],
        [14, "on_track", "shared", "hm"],
      ],
    }),
  },
  {
    client: "Acme Robotics",
    title: "Lead Robotics Software Engineer",
    type: "lead",
    owner: "riley",
    plan: (today) => ({
      startsOn: addDays(today, -1),
      length: 14,
      ...week1(0),
      checkIns: [
        [1, "on_track", "internal", "owner"],
        [2, "on_track", "shared", "hm"],
      ],
    }),
  },
  {
    client: "Acme Robotics",
    title: "Senior Fleet Software Engineer",
    type: "senior",
    owner: "riley",
    // Day 9, one week-one goal of three done, and no check-in for three days.
    plan: (today) => ({
      startsOn: addDays(today, -8),
      length: 14,
      ...week1(1),
      checkIns: [
        [1, "on_track", "shared", "hm"],
        [3, "at_risk", "internal", "owner"],
        [5, "off_track", "shared", "viewer"],
        [6, "at_risk", "internal", "owner"],
      ],
    }),
  },
  {
    client: "Acme Robotics",
    title: "Engineering Manager, Autonomy",
    type: "engineering_manager",
    owner: "sam",
    plan: (today) => ({ startsOn: nextWeekMonday(today), length: 14, ...week1(0), checkIns: [] }),
  },
  {
    client: "Quanta Pay",
    title: "Lead Payments Engineer",
    type: "lead",
    owner: "sam",
    // Ended two days ago, no decision.
    plan: (today) => ({
      startsOn: addDays(today, -16),
      length: 14,
      ...week1(3, 1),
      checkIns: [
        [3, "on_track", "shared", "hm"],
        [7, "at_risk", "internal", "owner"],
        [11, "on_track", "internal", "owner"],
        [14, "at_risk", "shared", "hm"],
      ],
    }),
  },
  {
    client: "Lumen Logistics",
    title: "Lead Routing Engineer",
    type: "lead",
    owner: "sam",
    // Day 16 of 21: extended by a week on day 12.
    plan: (today) => ({
      startsOn: addDays(today, -15),
      length: 14,
      extension: { to: 21, onDay: 12, reason: extensionReasons[0] },
      ...week1(3, 2),
      checkIns: [
        [2, "on_track", "shared", "hm"],
        [6, "at_risk", "internal", "owner"],
        [10, "at_risk", "shared", "hm"],
        [13, "on_track", "internal", "owner"],
        [15, "on_track", "shared", "owner"],
      ],
    }),
  },
];

/** The ended trial: decided on day 10 for its pace; the backfill already moved a runner-up back. */
export const endedPlan = (today: string): TrialPlan => ({
  startsOn: addDays(today, -14),
  length: 14,
  ...week1(1),
  decision: { outcome: "ended", onDay: 10, endReason: "delivery_pace", by: "hm" },
  checkIns: [
    [2, "on_track", "shared", "hm"],
    [5, "at_risk", "internal", "owner"],
    [8, "off_track", "shared", "hm"],
    [9, "off_track", "internal", "owner"],
  ],
});
