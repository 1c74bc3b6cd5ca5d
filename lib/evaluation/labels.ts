// What users read for the evaluation model's values. Plain data: components import it through lib/.
import type { Attribute, InterviewKind, InterviewStatus, Recommendation, ReferenceOutcome } from "@/db/schema/values";

// From the plain lists, not "@/db/schema": client components import this module.
export { attributes, interviewKinds, interviewStatuses, recommendations, referenceOutcomes } from "@/db/schema/values";
export type { Attribute, InterviewKind, InterviewStatus, Recommendation, ReferenceOutcome };

export const attributeLabels: Record<Attribute, string> = {
  technical_depth: "Technical depth",
  system_design: "System design",
  ownership: "Ownership",
  communication: "Communication",
  product_sense: "Product sense",
  mentorship: "Mentorship",
  culture_fit: "Culture fit",
  leadership: "Leadership",
  roadmap_alignment: "Roadmap alignment",
};

export const interviewKindLabels: Record<InterviewKind, string> = {
  coding: "Coding",
  systems_design: "Systems design",
  architecture_tradeoff: "Architecture trade-off",
  people_and_hiring: "People and hiring",
  behavioral: "Behavioral",
  culture: "Culture",
  references: "References",
};

export const interviewStatusLabels: Record<InterviewStatus, string> = {
  scheduled: "Scheduled",
  completed: "Completed",
  canceled: "Canceled",
  no_show: "No-show",
};

export const recommendationLabels: Record<Recommendation, string> = {
  strong_no: "Strong no",
  no: "No",
  yes: "Yes",
  strong_yes: "Strong yes",
};

/** The 1–4 rating anchors, spelled out on every scorecard. */
export const ratingAnchors: Record<1 | 2 | 3 | 4, string> = {
  1: "1 · Strong no: clear evidence against",
  2: "2 · No: more concerns than evidence",
  3: "3 · Yes: solid evidence for",
  4: "4 · Strong yes: exceptional, clear evidence",
};

export const referenceOutcomeLabels: Record<ReferenceOutcome, string> = {
  positive: "Positive",
  mixed: "Mixed",
  negative: "Negative",
};
