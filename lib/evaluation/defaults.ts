// The agency's starting point for evaluation, from ../shared/domain.md and the two seed articles:
// each role type's loop, weights, checklist and red flags; each interview kind's kit; the
// reference questions. Admins edit the templates and kits at /settings/evaluation; these are what
// a fresh database (and a template nobody has edited) uses. Plain data: seeds and tests use it too.
import type { Attribute, InterviewKind, RoleType } from "@/db/schema";

export type Weights = Record<Attribute, number>;
export type KitPrompt = { prompt: string; listenFor: string };
export type Kit = { attributes: Attribute[]; prompts: KitPrompt[] };
export type Template = { plan: InterviewKind[]; weights: Weights; checklist: string[]; redFlags: string[] };

/** The checklist item the system ticks when two references are completed. */
export const REFERENCES_ITEM = "Two references checked";

const commonRedFlags = [
  "Vague answers to trade-off questions",
  "Cannot explain impact in plain language",
  "Blames others",
  "No examples of scaling systems or mentoring",
  "Buzzwords without measurable outcomes",
  "Avoids ownership or cannot explain past failures",
  "Frames every decision as purely technical, with no business trade-off",
];

export const defaultTemplates: Record<RoleType, Template> = {
  senior: {
    plan: ["coding", "systems_design", "behavioral", "culture", "references"],
    weights: {
      technical_depth: 25,
      system_design: 15,
      ownership: 15,
      communication: 10,
      product_sense: 10,
      mentorship: 10,
      culture_fit: 10,
      leadership: 5,
      roadmap_alignment: 0,
    },
    checklist: [
      "Deep coding exercise",
      "Debugging and testing task",
      "System design at the feature level",
      "Dependency and release ownership examples",
      REFERENCES_ITEM,
    ],
    redFlags: [...commonRedFlags, "Weak system design thinking", "Cannot describe their testing and deployment workflow"],
  },
  lead: {
    plan: ["coding", "systems_design", "architecture_tradeoff", "people_and_hiring", "behavioral", "references"],
    weights: {
      technical_depth: 10,
      system_design: 15,
      ownership: 10,
      communication: 10,
      product_sense: 5,
      mentorship: 15,
      culture_fit: 5,
      leadership: 15,
      roadmap_alignment: 15,
    },
    checklist: [
      "Systems design interview",
      "Architectural trade-off case study",
      "People and hiring questions",
      "Evidence of mentoring",
      "Past startup work",
      "Ownership examples",
      REFERENCES_ITEM,
    ],
    redFlags: [...commonRedFlags, "Poor hiring history", "No mentorship examples"],
  },
  engineering_manager: {
    plan: ["systems_design", "people_and_hiring", "behavioral", "culture", "references"],
    weights: {
      technical_depth: 5,
      system_design: 5,
      ownership: 10,
      communication: 15,
      product_sense: 10,
      mentorship: 15,
      culture_fit: 10,
      leadership: 20,
      roadmap_alignment: 10,
    },
    checklist: [
      "People management and performance reviews",
      "Hiring and onboarding track record",
      "Strategic planning and roadmap",
      "Budgeting and resource allocation",
      "Stakeholder communication",
      "Process and change management",
      "Risk management",
      "Conflict resolution",
      REFERENCES_ITEM,
    ],
    redFlags: [...commonRedFlags],
  },
};

export const defaultKits: Record<InterviewKind, Kit> = {
  coding: {
    attributes: ["technical_depth", "ownership", "communication"],
    prompts: [
      {
        prompt: "Pair on a real product problem: extend a small service with a feature and its tests.",
        listenFor: "Tests first or alongside, readable code, says what they would check in review.",
      },
      {
        prompt: "Here is a failing test and a stack trace. Find the bug and fix it.",
        listenFor: "A method (reproduce, narrow, verify) rather than guessing; explains the root cause.",
      },
      {
        prompt: "Which bottleneck did you last remove, and how did it change latency, error rates or conversion?",
        listenFor: "A number they chased and why; before and after.",
      },
    ],
  },
  systems_design: {
    attributes: ["system_design", "technical_depth", "product_sense", "communication"],
    prompts: [
      { prompt: "What would break if the user base doubled in three months?", listenFor: "Prioritised risks, what fails first, how they would measure it." },
      {
        prompt: "Redesign a critical path of the client's stack for ten times the load.",
        listenFor: "Trade-offs between caching and consistency, incremental rollout, boundaries and dependencies in plain terms.",
      },
      { prompt: "Sketch the architecture, or outline a short design doc.", listenFor: "Clarity, assumptions called out, risk mitigation steps." },
    ],
  },
  architecture_tradeoff: {
    attributes: ["system_design", "roadmap_alignment", "leadership", "product_sense"],
    prompts: [
      {
        prompt: "How did you convince stakeholders to accept a technical trade-off? How do you handle pushback from product?",
        listenFor: "Options named, business impact weighed, the decision and its cost stated plainly.",
      },
      {
        prompt: "Who made the final call in your last project, and why?",
        listenFor: "Clear ownership of decisions; escalates strategic choices appropriately.",
      },
    ],
  },
  people_and_hiring: {
    attributes: ["mentorship", "leadership", "communication"],
    prompts: [
      {
        prompt: "How did you coach teammates through a hard decision? Give an example where you improved another engineer's work.",
        listenFor: "Concrete mentoring, code review standards, patterns they introduced.",
      },
      {
        prompt: "Tell me about people you hired and onboarded, and one hire that did not work out.",
        listenFor: "A hiring bar, onboarding plan, honest reflection.",
      },
      {
        prompt: "Two engineers disagree on a design: which steps do you take to resolve it?",
        listenFor: "Listens to both, decides with criteria, keeps the team healthy.",
      },
    ],
  },
  behavioral: {
    attributes: ["ownership", "communication", "leadership"],
    prompts: [
      {
        prompt: "A deploy caused a production outage at midnight. What do you do?",
        listenFor: "Mitigate first, communicate, blameless follow-up, prevention.",
      },
      {
        prompt: "Explain a recent technical choice to a non-technical stakeholder.",
        listenFor: "Plain language, options and what breaks first, how success is measured; a one-minute summary without jargon.",
      },
      { prompt: "Tell me about a failure you owned.", listenFor: "Takes ownership, explains what they learned and changed." },
    ],
  },
  culture: {
    attributes: ["culture_fit", "communication", "product_sense"],
    prompts: [
      {
        prompt: "What kind of team do you do your best work in? What do you do when it is not like that?",
        listenFor: "Self-awareness, collaboration, fit with the client's ways of working.",
      },
      { prompt: "How do you work with product managers and QA on estimates and scope?", listenFor: "Cross-functional communication and realistic estimation." },
    ],
  },
  references: {
    attributes: ["ownership", "technical_depth", "leadership"],
    prompts: [
      {
        prompt: "Two referees who shipped and scaled with the candidate: record the calls under References.",
        listenFor: "Confirms ownership and delivery under pressure.",
      },
    ],
  },
};

/** Questions asked of every referee, then those of the role's type. */
export const referenceQuestions: { everyone: string[] } & Record<RoleType, string[]> = {
  everyone: [
    "How did they deliver under pressure?",
    "Which design trade-offs did they make, and how?",
    "Do they escalate problems or resolve them?",
    "How do they handle technical debt?",
    "How do they handle deadlines and ambiguity?",
  ],
  lead: ["How did they delegate?", "Did stakeholders trust them? Why?"],
  senior: ["How deep is their technical knowledge?", "Which core modules did they own?"],
  engineering_manager: ["How did they grow and review their people?", "How did they plan and communicate with stakeholders?"],
};
