import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { timestamps, version } from "./columns";
import { users } from "./organizations";

export const candidateSources = ["referral", "sourced", "inbound", "agency_network"] as const;
export type CandidateSource = (typeof candidateSources)[number];

export const candidates = sqliteTable(
  "candidates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** lower(trim(email)): unique, so duplicates are refused case-insensitively. */
    emailNormalized: text("email_normalized").notNull(),
    phone: text("phone"),
    location: text("location"),
    timezone: text("timezone"),
    currentTitle: text("current_title"),
    yearsExperience: integer("years_experience"),
    /** Comma-separated, as typed; candidate_skills holds the normalized tags for filtering. */
    skills: text("skills").notNull().default(""),
    source: text("source", { enum: candidateSources }).notNull(),
    linkedinUrl: text("linkedin_url"),
    githubUrl: text("github_url"),
    portfolioUrl: text("portfolio_url"),
    resumeFileName: text("resume_file_name"),
    resumeStoredName: text("resume_stored_name"),
    resumeMimeType: text("resume_mime_type"),
    resumeSize: integer("resume_size"),
    ownerId: integer("owner_id").references(() => users.id),
    /** When the candidate's personal data was erased (on request, or by the retention setting); the row stays, anonymised, for the statistics. */
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }),
    ...version,
    ...timestamps,
  },
  (t) => [uniqueIndex("candidates_email_unique").on(t.emailNormalized), index("candidates_updated_idx").on(t.updatedAt)],
);

export const candidateSkills = sqliteTable(
  "candidate_skills",
  {
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.skill, t.candidateId] }), index("candidate_skills_candidate_idx").on(t.candidateId)],
);

export type Candidate = typeof candidates.$inferSelect;
