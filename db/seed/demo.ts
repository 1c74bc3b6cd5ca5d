import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../client";
import { clientContacts, organizations, users, type UserKind } from "../schema";
import { seedDemoEvaluation } from "./demo-evaluation";
import { seedDemoHistory } from "./demo-history";
import { seedDemoPipeline } from "./demo-pipeline";
import { seedPipelineHireTrials } from "./demo-pipeline-trials";
import { seedDemoReferences } from "./demo-references";
import { seedDemoTrials } from "./demo-trials";

export const DEMO_PASSWORD = "trialboard-demo";

export type DemoSummary = {
  logins: { email: string; label: string }[];
  counts: { roles: number; candidates: number; applications: number; trials: number };
};

type DemoClient = {
  name: string;
  website: string;
  timezone: string;
  notes: string;
  people: { name: string; email: string; kind: UserKind; title: string; login?: boolean }[];
  contacts: { name: string; title: string; email: string; phone: string }[];
};

export const DEMO_AGENCY = "Bridgewater Talent Partners";

const agencyPeople: DemoClient["people"] = [
  { name: "Alex Morgan", email: "admin@agency.test", kind: "admin", title: "Head of Operations", login: true },
  { name: "Riley Chen", email: "recruiter@agency.test", kind: "recruiter", title: "Senior Technical Recruiter", login: true },
  { name: "Sam Okafor", email: "sam@agency.test", kind: "recruiter", title: "Technical Recruiter", login: true },
];

export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: "Northwind Labs",
    website: "https://northwind.test",
    timezone: "America/New_York",
    notes: "Series A data-platform startup. CTO sets direction; backlog is growing faster than the team delivers.",
    people: [
      { name: "Jordan Blake", email: "hiring@northwind.test", kind: "hiring_manager", title: "CTO", login: true },
      { name: "Casey Rivera", email: "viewer@northwind.test", kind: "client_viewer", title: "Head of People", login: true },
    ],
    contacts: [{ name: "Morgan Lee", title: "CEO", email: "morgan@northwind.test", phone: "+1 212 555 0140" }],
  },
  {
    name: "Acme Robotics",
    website: "https://acme-robotics.test",
    timezone: "America/Los_Angeles",
    notes: "Hardware + fleet software. No in-house technical lead; architecture drift across three squads.",
    people: [
      { name: "Priya Natarajan", email: "hiring@acme.test", kind: "hiring_manager", title: "VP Engineering", login: true },
      { name: "Dana Whitfield", email: "viewer@acme.test", kind: "client_viewer", title: "COO", login: true },
    ],
    contacts: [{ name: "Theo Grant", title: "Founder", email: "theo@acme-robotics.test", phone: "+1 415 555 0199" }],
  },
  {
    name: "Helios Health",
    website: "https://helios-health.test",
    timezone: "Europe/London",
    notes: "Telehealth scale-up growing from 12 to 40 engineers this year.",
    people: [{ name: "Imogen Hart", email: "imogen@helios.test", kind: "hiring_manager", title: "Director of Engineering" }],
    contacts: [{ name: "Oliver Park", title: "CFO", email: "oliver@helios-health.test", phone: "+44 20 7946 0011" }],
  },
  {
    name: "Quanta Pay",
    website: "https://quantapay.test",
    timezone: "Europe/Berlin",
    notes: "Payments infrastructure; strict on incident response and on-call maturity.",
    people: [{ name: "Lukas Becker", email: "lukas@quantapay.test", kind: "hiring_manager", title: "Head of Platform" }],
    contacts: [{ name: "Mia Schulz", title: "Talent Partner", email: "mia@quantapay.test", phone: "+49 30 5550 1234" }],
  },
  {
    name: "Lumen Logistics",
    website: "https://lumen-logistics.test",
    timezone: "America/Chicago",
    notes: "Routing and warehouse software; one engineer bottlenecks several features.",
    people: [{ name: "Grace Alvarez", email: "grace@lumen.test", kind: "hiring_manager", title: "CTO" }],
    contacts: [],
  },
  {
    name: "Orbital Foods",
    website: "https://orbitalfoods.test",
    timezone: "America/Denver",
    notes: "Marketplace for regional food producers; first engineering hire after agencies.",
    people: [],
    contacts: [{ name: "Noah Brooks", title: "CEO", email: "noah@orbitalfoods.test", phone: "+1 303 555 0112" }],
  },
  {
    name: "Cobalt Security",
    website: "https://cobalt-sec.test",
    timezone: "Asia/Singapore",
    notes: "Security tooling; several squads need coordinating across time zones.",
    people: [{ name: "Wei Lin", email: "wei@cobalt.test", kind: "hiring_manager", title: "VP Engineering" }],
    contacts: [],
  },
  {
    name: "Tidewater Energy",
    website: "https://tidewater.test",
    timezone: "Australia/Sydney",
    notes: "Grid analytics; budgets and process change need an owner.",
    people: [{ name: "Ruby Clarke", email: "ruby@tidewater.test", kind: "hiring_manager", title: "Head of Engineering" }],
    contacts: [{ name: "Jack Evans", title: "COO", email: "jack@tidewater.test", phone: "+61 2 5550 1188" }],
  },
];

const labels: Record<UserKind, string> = {
  admin: "admin",
  recruiter: "recruiter",
  hiring_manager: "hiring manager",
  client_viewer: "client viewer",
};

/** Seeds the demo agency; deterministic apart from password salts and "today". */
export async function seedDemo(database: Db): Promise<DemoSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: DemoSummary["logins"] = [];

  const counts = database.transaction((tx) => {
    const agency = tx
      .insert(organizations)
      .values({ kind: "agency", name: DEMO_AGENCY, website: "https://bridgewater.test", timezone: "Europe/Lisbon" })
      .returning({ id: organizations.id })
      .get();
    for (const p of agencyPeople) {
      tx.insert(users).values({ organizationId: agency.id, kind: p.kind, name: p.name, email: p.email, title: p.title, passwordHash }).run();
      if (p.login) logins.push({ email: p.email, label: `${labels[p.kind]} (${DEMO_AGENCY})` });
    }
    for (const c of DEMO_CLIENTS) {
      const org = tx
        .insert(organizations)
        .values({ kind: "client", name: c.name, website: c.website, timezone: c.timezone, notes: c.notes })
        .returning({ id: organizations.id })
        .get();
      for (const p of c.people) {
        tx.insert(users).values({ organizationId: org.id, kind: p.kind, name: p.name, email: p.email, title: p.title, passwordHash }).run();
        if (p.login) logins.push({ email: p.email, label: `${labels[p.kind]} (${c.name})` });
      }
      for (const contact of c.contacts)
        tx.insert(clientContacts)
          .values({ organizationId: org.id, ...contact })
          .run();
    }
    const now = Date.now();
    const counts = seedDemoPipeline(tx, now);
    // Interviews, scorecards and references after the pipeline, with their own random stream: the
    // pipeline's data stays exactly what it was before loops existed.
    seedDemoReferences(tx, seedDemoEvaluation(tx, now), now);
    // Trials last, on roles and candidates of their own, so everything above stays as it was.
    const added = seedDemoTrials(tx, now);
    // Then seven months of past placements, decided and done, for the reports (its own random stream again).
    const past = seedDemoHistory(tx, now);
    // Last, the trials the pipeline's own hires went through (every other trial keeps its id).
    const pipelineTrials = seedPipelineHireTrials(tx);
    return {
      roles: counts.roles + added.roles + past.roles,
      candidates: counts.candidates + past.candidates,
      applications: counts.applications + added.applications + past.applications,
      trials: added.trials + past.trials + pipelineTrials,
    };
  });
  return { logins, counts };
}
