import { defaultTemplates, REFERENCES_ITEM, referenceQuestions } from "../../lib/evaluation/defaults";
import { interviewKindLabels } from "../../lib/evaluation/labels";
import type { Tx } from "../client";
import { checklistTicks, references, type InterviewKind, type RoleType } from "../schema";
import type { SeededLoop } from "./demo-evaluation";
import { createRandom } from "./random";

// The demo's references and checklist ticks: two applications far along with both references
// called (so the system ticked "Two references checked", naming them), one with a call still to
// make, and on a handful of others the items their interviews gave evidence for, ticked by people.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const referees = [
  { name: "Dana Cole", relationship: "Former manager", company: "Stripe", email: "dana.cole@example.com" },
  { name: "Marcus Webb", relationship: "Peer engineer", company: "Shopify", email: "marcus.webb@example.com" },
  { name: "Aisha Karim", relationship: "Former CTO", company: "Monzo", email: "aisha.karim@example.com" },
  { name: "Tom Eriksen", relationship: "Product partner", company: "Spotify", email: "tom.eriksen@example.com" },
  { name: "Lena Vogel", relationship: "Direct report", company: "Zalando", email: "lena.vogel@example.com" },
  { name: "Ravi Menon", relationship: "Former manager", company: "Atlassian", email: "ravi.menon@example.com" },
];
const answers = [
  "Calm under pressure; took the pager during the worst week of the migration and shipped on time.",
  "Wrote down the options and what each would cost before anyone argued about them.",
  "Fixes what is theirs, escalates early when it is not, with a proposal attached.",
  "Kept a debt register and paid it down a little every sprint rather than in a big rewrite.",
  "Turns ambiguity into a short plan with dates; says so early when a date will slip.",
  "Would hire them again without hesitation.",
];

/** Which checklist items an interview of each kind gives evidence for, per role type. */
const evidenceItems: Record<RoleType, Partial<Record<InterviewKind, string[]>>> = {
  senior: {
    coding: ["Deep coding exercise", "Debugging and testing task"],
    systems_design: ["System design at the feature level"],
    behavioral: ["Dependency and release ownership examples"],
  },
  lead: {
    systems_design: ["Systems design interview"],
    architecture_tradeoff: ["Architectural trade-off case study"],
    people_and_hiring: ["People and hiring questions", "Evidence of mentoring"],
    behavioral: ["Ownership examples"],
  },
  engineering_manager: {
    people_and_hiring: ["People management and performance reviews", "Hiring and onboarding track record"],
    systems_design: ["Risk management"],
    behavioral: ["Conflict resolution", "Stakeholder communication"],
    culture: ["Process and change management"],
  },
};
const evidence = [
  "walked through a real incident and the tests they added after it.",
  "concrete example with numbers: deploys from weekly to daily.",
  "described two hires and one that did not work out, honestly.",
  "clear trade-off write-up shared after the session.",
];

export function seedDemoReferences(tx: Tx, loops: SeededLoop[], now: number): void {
  const rand = createRandom(20261123);
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);

  // References: the first three applications at offer or later.
  const late = loops.filter((l) => l.app.stage === "offer" || l.app.stage === "trial" || l.app.stage === "hired").slice(0, 3);
  late.forEach((loop, n) => {
    const { app } = loop;
    const questions = [...referenceQuestions.everyone, ...referenceQuestions[app.type]];
    const when = Math.min(app.stageChangedAt.getTime() - DAY, now - 2 * HOUR);
    const called = n < 2 ? [0, 1] : [0];
    const pair = [referees[(2 * n) % referees.length], referees[(2 * n + 1) % referees.length]];
    pair.forEach((r, i) => {
      const done = called.includes(i);
      const at = new Date(when - (1 - i) * 5 * HOUR);
      tx.insert(references)
        .values({
          applicationId: app.id,
          ...r,
          phone: null,
          answers: done ? JSON.stringify(questions.map((question) => ({ question, answer: rand.pick(answers) }))) : "[]",
          notes: done ? (n === 1 && i === 1 ? "Positive overall; flagged that they can over-commit early in a project." : "Strong reference.") : null,
          outcome: done ? (n === 1 && i === 1 ? "mixed" : "positive") : null,
          completedAt: done ? at : null,
          createdById: app.ownerId!,
          createdAt: new Date(at.getTime() - 2 * DAY),
          updatedAt: at,
        })
        .run();
    });
    if (called.length === 2)
      tx.insert(checklistTicks)
        .values({
          applicationId: app.id,
          item: REFERENCES_ITEM,
          evidence: `Two references completed: ${pair.map((r) => `${r.name} (${r.relationship}, ${r.company})`).join(" and ")}.`,
          tickedById: null,
          tickedAt: new Date(when),
        })
        .run();
  });

  // Checklist items ticked by the interviewer, on applications past their first client interview.
  const ticked = loops.filter((l) => l.app.stage !== "interviewing" && l.interviews.some((i) => i.status === "completed")).slice(0, 10);
  for (const { app, interviews } of ticked) {
    const checklist = defaultTemplates[app.type].checklist;
    const items = new Set<string>();
    for (const i of interviews) {
      if (i.status !== "completed" || items.size >= 2) continue;
      const item = (evidenceItems[app.type][i.kind] ?? []).find((x) => checklist.includes(x) && !items.has(x));
      if (!item) continue;
      items.add(item);
      tx.insert(checklistTicks)
        .values({
          applicationId: app.id,
          item,
          evidence: `${interviewKindLabels[i.kind]} interview on ${day(i.at)}: ${rand.pick(evidence)}`,
          tickedById: i.interviewerIds[0],
          tickedAt: new Date(Math.min(i.at + 3 * HOUR, now)),
        })
        .run();
    }
  }
}
