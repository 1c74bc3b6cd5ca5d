import { z } from "zod";
import { candidateSources, noteVisibilities, stages } from "@/db/schema";
import { timezoneSchema } from "@/lib/clients/schemas";
import { SKILL_MAX_LENGTH, SKILLS_MAX, skillItems } from "./search-query";
import {
  blankToUndefined,
  cleanSingleLine,
  emailSchema,
  idSchema,
  multiLineText,
  optionalIdSchema,
  optionalPhone,
  optionalText,
  optionalWholeNumber,
  pageSchema,
  searchTextSchema,
  singleLineText,
  versionSchema,
} from "@/lib/validation";

const optionalUrl = (label: string) =>
  optionalText(300, label).refine((v) => !v || /^https:\/\/[^\s/]+\.[^\s]+$/i.test(v), `Enter the full ${label} address, starting with https://`);

// A file input left empty still posts an empty part: that is "no file".
const optionalFile = z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), z.instanceof(File, { error: "Choose a file" }).optional());

/** A comma-separated list of skills, each short enough to be kept whole (parseSkills would cut it). */
export const skillsSchema = () =>
  optionalText(500, "Skills").superRefine((value, ctx) => {
    const items = skillItems(value);
    const long = items.find((s) => s.length > SKILL_MAX_LENGTH);
    if (long) ctx.addIssue({ code: "custom", message: `Each skill at most ${SKILL_MAX_LENGTH} characters: “${long.slice(0, 20)}…” is longer` });
    else if (new Set(items.map((s) => s.toLowerCase())).size > SKILLS_MAX) ctx.addIssue({ code: "custom", message: `At most ${SKILLS_MAX} skills` });
  });

export const candidateFieldsSchema = z.object({
  name: singleLineText({ max: 120, tooLong: "Name is too long", required: "Enter the candidate's name" }),
  email: emailSchema,
  phone: optionalPhone(),
  location: optionalText(120, "Location"),
  timezone: timezoneSchema,
  currentTitle: optionalText(120, "Title"),
  yearsExperience: optionalWholeNumber({ min: 0, max: 60, message: "Enter a whole number of years", tooSmall: "Cannot be negative", tooLarge: "At most 60" }),
  skills: skillsSchema(),
  source: z.enum(candidateSources, { error: "Choose a source" }),
  linkedinUrl: optionalUrl("LinkedIn"),
  githubUrl: optionalUrl("GitHub"),
  portfolioUrl: optionalUrl("portfolio"),
  resume: optionalFile,
});
export type CandidateFields = z.infer<typeof candidateFieldsSchema>;

export const updateCandidateSchema = candidateFieldsSchema.omit({ resume: true }).extend({ candidateId: idSchema, version: versionSchema });
export type UpdateCandidateInput = z.infer<typeof updateCandidateSchema>;

export const uploadResumeSchema = z.object({
  candidateId: idSchema,
  version: versionSchema,
  resume: z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), z.instanceof(File, { error: "Choose a file" })),
});

export const noteSchema = z.object({
  candidateId: idSchema,
  applicationId: optionalIdSchema,
  visibility: z.enum(noteVisibilities, { error: "Choose who can see it" }),
  body: multiLineText({ max: 5000, tooLong: "Note is too long", required: "Write the note" }),
});
export type NoteInput = z.infer<typeof noteSchema>;

export const candidateFiltersSchema = z.object({
  q: searchTextSchema,
  skill: z.string().overwrite(cleanSingleLine).trim().max(40).optional().catch(undefined),
  source: z.enum(candidateSources).optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  page: z.preprocess(blankToUndefined, pageSchema.optional()).catch(undefined),
});
export type CandidateFilters = z.infer<typeof candidateFiltersSchema>;

/** Sharing an application's résumé with its client, or no longer: from the candidate page's toggle. */
export const resumeSharingSchema = z.object({
  applicationId: idSchema,
  version: versionSchema,
  shared: z.enum(["true", "false"], { error: "Choose whether to share it" }).transform((v) => v === "true"),
});
export type ResumeSharingInput = z.infer<typeof resumeSharingSchema>;
