import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { settings } from "../../lib/config";
import { rejectionReasons } from "../../lib/pipeline/stages";
import type { Tx } from "../client";
import {
  applications,
  candidateSkills,
  candidates,
  notes,
  organizations,
  roles,
  stageEvents,
  users,
  type RoleStatus,
  type RoleType,
  type Stage,
} from "../schema";
import { candidateColumns, makePerson } from "./people";
import { pickStage, planApplication, tinyPdf } from "./pipeline-plan";
import { createRandom } from "./random";

const DAY = 86_400_000;

const roleTitles: Record<RoleType, string[]> = {
  senior: ["Senior Backend Engineer", "Senior Full-Stack Engineer", "Senior Platform Engineer", "Senior Mobile Engineer", "Senior Data Engineer"],
  lead: ["Lead Engineer", "Lead Backend Engineer", "Tech Lead, Payments", "Lead Platform Engineer"],
  engineering_manager: ["Engineering Manager", "Engineering Manager, Platform", "Engineering Manager, Growth"],
};
const stacks = [
  "TypeScript, React, Node.js, PostgreSQL",
  "Go, Kubernetes, gRPC, AWS",
  "Python, Django, Celery, PostgreSQL",
  "Kotlin, Spring, Kafka",
  "Ruby, Rails, Redis",
  "Rust, Tokio, PostgreSQL",
];
const overlaps = ["4 hours with US Eastern", "3 hours with US Pacific", "Full overlap with CET", "4 hours with UK", "2 hours with SGT"];

// Per client: how many roles of each status. ~25 roles in all, every type and status present.
const rolePlan: [client: string, statuses: RoleStatus[]][] = [
  ["Northwind Labs", ["open", "open", "on_hold", "filled"]],
  ["Acme Robotics", ["open", "open", "draft", "closed"]],
  ["Helios Health", ["open", "open", "filled"]],
  ["Quanta Pay", ["open", "on_hold", "open"]],
  ["Lumen Logistics", ["open", "draft", "open"]],
  ["Orbital Foods", ["open", "closed"]],
  ["Cobalt Security", ["open", "open", "filled"]],
  ["Tidewater Energy", ["open", "on_hold", "open"]],
];

const internalNotes = [
  "Strong systems design answers; pushed back well on the caching trade-off.",
  "Salary expectation slightly above the band; worth a conversation with the client.",
  "Explained a recent migration to a non-technical stakeholder clearly.",
  "Reference from previous CTO was glowing on ownership.",
  "Vague on how they measured impact; probe in the next round.",
  "Available to start in two weeks; 4h overlap with US Eastern confirmed.",
];
const sharedNotes = [
  "Led a monolith-to-services migration at a Series B startup; cut deploy time from 40 to 8 minutes.",
  "Mentored three juniors to mid-level within a year; strong on code review culture.",
  "Ran incident response for a payments outage and wrote the blameless post-mortem.",
  "Comfortable owning the roadmap conversation with product; good trade-off framing.",
];

/** Roles, candidates and pipelines of the demo agency: deterministic but for "today". */
export function seedDemoPipeline(tx: Tx, now: number): { roles: number; candidates: number; applications: number } {
  const rand = createRandom(20261121);
  const today = Math.floor(now / DAY) * DAY;
  const recruiters = tx.select().from(users).where(eq(users.kind, "recruiter")).all();
  const clientRows = tx.select().from(organizations).where(eq(organizations.kind, "client")).all();
  const hms = tx.select().from(users).where(eq(users.kind, "hiring_manager")).all();

  // Candidates.
  const candidateIds: number[] = [];
  const uploadDir = path.join(settings().uploadDir, "resumes");
  for (let n = 0; n < 150; n++) {
    const p = makePerson(rand, n * 7 + 3);
    const created = new Date(today - rand.int(20, 120) * DAY);
    let resume = {};
    if (n % 30 === 0) {
      fs.mkdirSync(uploadDir, { recursive: true });
      const stored = `${randomBytes(16).toString("hex")}.pdf`;
      const pdf = tinyPdf(`${p.name} - ${p.currentTitle} - ${p.skills.join(", ")}`);
      fs.writeFileSync(path.join(uploadDir, stored), pdf, { mode: 0o600 });
      resume = { resumeFileName: `${p.name.replace(/\s+/g, "_")}_CV.pdf`, resumeStoredName: stored, resumeMimeType: "application/pdf", resumeSize: pdf.length };
    }
    const row = tx
      .insert(candidates)
      .values({
        ...candidateColumns(p),
        ownerId: rand.pick(recruiters).id,
        createdAt: created,
        updatedAt: created,
        ...resume,
      })
      .returning({ id: candidates.id })
      .get();
    for (const s of p.skills) tx.insert(candidateSkills).values({ candidateId: row.id, skill: s.toLowerCase() }).run();
    candidateIds.push(row.id);
  }

  // Roles and their pipelines.
  let roleCount = 0;
  let appCount = 0;
  const types: RoleType[] = ["senior", "lead", "engineering_manager"];
  for (const [clientName, statuses] of rolePlan) {
    const client = clientRows.find((c) => c.name === clientName)!;
    const hm = hms.find((u) => u.organizationId === client.id);
    statuses.forEach((status, i) => {
      const type = types[(roleCount + i) % 3];
      const opened = today - rand.int(10, 90) * DAY;
      const role = tx
        .insert(roles)
        .values({
          clientId: client.id,
          title: roleTitles[type][rand.int(0, roleTitles[type].length - 1)],
          type,
          status,
          headcount: rand.chance(0.2) ? 2 : 1,
          ownerId: recruiters[(roleCount + i) % recruiters.length].id,
          hiringManagerId: hm?.id ?? null,
          description: `${clientName} is hiring a ${type === "engineering_manager" ? "manager" : "hands-on engineer"} to own delivery across the team. Every placement starts with a free two-week trial.`,
          skills: rand.pick(stacks),
          timezoneOverlap: rand.pick(overlaps),
          openedOn: new Date(opened).toISOString().slice(0, 10),
          lastActivityAt: new Date(opened),
          createdAt: new Date(opened),
          updatedAt: new Date(opened),
        })
        .returning({ id: roles.id, headcount: roles.headcount })
        .get();
      roleCount++;
      if (status === "draft") return;
      let lastActivity = opened;
      let hired = 0;
      const size = status === "closed" ? rand.int(3, 5) : rand.int(5, 12);
      for (const candidateId of rand.sample(candidateIds, size)) {
        const target: Stage = status === "filled" && appCount % 5 === 0 ? "hired" : pickStage(rand);
        const plan = planApplication(rand, target, now, 40);
        const rejectionReason = plan.stage === "rejected" ? rand.pick(Object.keys(REJECTIONS)) : null;
        const app = tx
          .insert(applications)
          .values({
            candidateId,
            roleId: role.id,
            stage: plan.stage,
            stageChangedAt: new Date(plan.stageChangedAt),
            submittedAt: plan.submittedAt ? new Date(plan.submittedAt) : null,
            rejectionReason,
            ownerId: recruiters[appCount % recruiters.length].id,
            createdAt: new Date(plan.createdAt),
            updatedAt: new Date(plan.stageChangedAt),
          })
          .returning({ id: applications.id })
          .get();
        appCount++;
        if (plan.stage === "hired") hired++;
        for (const e of plan.events) {
          const actor = CLIENT_STAGES.has(e.to) && hm && e.from && CLIENT_STAGES.has(e.from) ? hm.id : recruiters[appCount % recruiters.length].id;
          const reason = e.to === "rejected" && rejectionReason ? REJECTIONS[rejectionReason] : null;
          tx.insert(stageEvents)
            .values({ applicationId: app.id, fromStage: e.from, toStage: e.to, actorId: actor, reason, createdAt: new Date(e.at), updatedAt: new Date(e.at) })
            .run();
        }
        lastActivity = Math.max(lastActivity, plan.stageChangedAt);
        if (rand.chance(0.45)) {
          const at = new Date(plan.stageChangedAt - 3600_000);
          tx.insert(notes)
            .values({
              candidateId,
              applicationId: app.id,
              authorId: recruiters[0].id,
              visibility: "internal",
              body: rand.pick(internalNotes),
              createdAt: at,
              updatedAt: at,
            })
            .run();
        }
        if (plan.submittedAt && rand.chance(0.6)) {
          const at = new Date(plan.submittedAt + 600_000);
          tx.insert(notes)
            .values({
              candidateId,
              applicationId: app.id,
              authorId: recruiters[1 % recruiters.length].id,
              visibility: "shared",
              body: rand.pick(sharedNotes),
              createdAt: at,
              updatedAt: at,
            })
            .run();
        }
      }
      // A role never has more hires than its headcount: a filled one has exactly its headcount's
      // worth, and one still open (or on hold) has a seat left to fill.
      const headcount = status === "filled" ? hired : hired >= role.headcount ? hired + 1 : role.headcount;
      tx.update(roles)
        .set({ lastActivityAt: new Date(lastActivity), ...(hired > 0 ? { headcount } : {}) })
        .where(eq(roles.id, role.id))
        .run();
    });
  }
  return { roles: roleCount, candidates: candidateIds.length, applications: appCount };
}

const CLIENT_STAGES = new Set<Stage>(["client_interview", "offer"]);
const REJECTIONS: Record<string, string> = Object.fromEntries(
  (["skills_mismatch", "failed_interview", "compensation", "client_declined"] as const).map((k) => [k, rejectionReasons[k]]),
);
