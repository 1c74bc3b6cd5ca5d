// Value lists that client components need, as plain data with no drizzle import: the tables build
// their enums from them, and lib/ modules the browser loads (labels, form schemas) import them from
// here rather than from "@/db/schema", which would pull the tables (and drizzle) into the bundle.

export const userKinds = ["admin", "recruiter", "hiring_manager", "client_viewer"] as const;
export type UserKind = (typeof userKinds)[number];

export const roleTypes = ["lead", "senior", "engineering_manager"] as const;
export type RoleType = (typeof roleTypes)[number];

export const interviewKinds = ["coding", "systems_design", "architecture_tradeoff", "people_and_hiring", "behavioral", "culture", "references"] as const;
export type InterviewKind = (typeof interviewKinds)[number];

export const attributes = [
  "technical_depth",
  "system_design",
  "ownership",
  "communication",
  "product_sense",
  "mentorship",
  "culture_fit",
  "leadership",
  "roadmap_alignment",
] as const;
export type Attribute = (typeof attributes)[number];

export const referenceOutcomes = ["positive", "mixed", "negative"] as const;
export type ReferenceOutcome = (typeof referenceOutcomes)[number];

export const interviewStatuses = ["scheduled", "completed", "canceled", "no_show"] as const;
export type InterviewStatus = (typeof interviewStatuses)[number];

export const recommendations = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof recommendations)[number];
