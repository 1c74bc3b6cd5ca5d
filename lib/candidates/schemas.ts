import { z } from "zod";
import { candidateSources, noteVisibilities, stages } from "@/db/schema";
import { timezoneSchema } from "@/lib/clients/schemas";
import { emailSchema, idSchema, versionSchema } from "@/lib/users/schemas";

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label} is too long`).optional().default("");
const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(300, `${label} is too long`)
    .optional()
    .default("")
    .refine((v) => !v || /^https:\/\/[^\s/]+\.[^\s]+$/i.test(v), `Enter the full ${label} address, starting with https://`);

// A file input left empty still posts an empty part: that is "no file".
const optionalFile = z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), z.instanceof(File).optional());

export const candidateFieldsSchema = z.object({
  name: z.string().trim().min(1, "Enter the candidate's name").max(120, "Name is too long"),
  email: emailSchema,
  phone: optionalText(40, "Phone"),
  location: optionalText(120, "Location"),
  timezone: timezoneSchema,
  currentTitle: optionalText(120, "Title"),
  yearsExperience: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.coerce.number({ error: "Enter a number of years" }).int("Enter whole years").min(0, "Cannot be negative").max(60, "At most 60").optional(),
  ),
  skills: optionalText(500, "Skills"),
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
  applicationId: z.preprocess((v) => (v === "" || v == null ? undefined : v), idSchema.optional()),
  visibility: z.enum(noteVisibilities, { error: "Choose who can see it" }),
  body: z.string().trim().min(1, "Write the note").max(5000, "Note is too long"),
});
export type NoteInput = z.infer<typeof noteSchema>;

export const candidateFiltersSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  skill: z.string().trim().max(40).optional().catch(undefined),
  source: z.enum(candidateSources).optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type CandidateFilters = z.infer<typeof candidateFiltersSchema>;
