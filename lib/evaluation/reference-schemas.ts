import { z } from "zod";
import { referenceOutcomes } from "@/db/schema";
import {
  idSchema,
  multiLineText,
  optionalEmailSchema,
  optionalMultiLineText,
  optionalPhone,
  optionalText,
  singleLineText,
  versionSchema,
} from "@/lib/validation";

// Referees and reference calls: the inputs, shared by the forms and the server. Plain module.

export const CONTACT_REQUIRED = "Give an email or a phone number";

const refereeFields = {
  name: singleLineText({ max: 120, tooLong: "Name is too long", required: "Enter the referee's name" }),
  relationship: singleLineText({ max: 160, tooLong: "Relationship is too long", required: "Say how they worked together (e.g. their manager at Acme)" }),
  company: optionalText(120, "Company"),
  email: optionalEmailSchema,
  phone: optionalPhone(),
};

/** A referee must be reachable: an email or a phone number. */
const reachable = <T extends { email: string; phone: string }>(value: T, ctx: z.core.$RefinementCtx<T>) => {
  if (!value.email && !value.phone) ctx.addIssue({ code: "custom", path: ["email"], message: CONTACT_REQUIRED });
};

export const addRefereeSchema = z.object({ applicationId: idSchema, ...refereeFields }).superRefine(reachable);
export type AddRefereeInput = z.infer<typeof addRefereeSchema>;

export const updateRefereeSchema = z.object({ referenceId: idSchema, version: versionSchema, ...refereeFields }).superRefine(reachable);
export type UpdateRefereeInput = z.infer<typeof updateRefereeSchema>;

export const removeRefereeSchema = z.object({ referenceId: idSchema, version: versionSchema });
export type RemoveRefereeInput = z.infer<typeof removeRefereeSchema>;

/** The call: one answer per question (in the order the form listed them; blank when not asked), notes, and the outcome. */
export const recordCallSchema = z.object({
  referenceId: idSchema,
  version: versionSchema,
  answers: z.array(multiLineText({ max: 2000, tooLong: "Keep each answer to 2,000 characters" }), { error: "Answer the questions" }).max(30),
  notes: optionalMultiLineText(5000, "Notes"),
  outcome: z.enum(referenceOutcomes, { error: "Choose the outcome of the call" }),
});
export type RecordCallInput = z.infer<typeof recordCallSchema>;
