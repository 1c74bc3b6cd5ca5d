import { z } from "zod";
import { attributes, recommendations, type Attribute, type Recommendation } from "@/db/schema";
import type { Ratings } from "./score";

// What a scorecard form posts: one radio group per attribute (`rating_<attribute>`, "1"–"4" or
// "na" for not assessed), the ticked red flags, notes and a recommendation. Shared by the action and
// the command; the kit's attributes and the role type's red flags are checked by the command.

export const NOT_ASSESSED = "na";
export const ratingField = (attribute: Attribute) => `rating_${attribute}` as const;

const ratingValue = z.enum(["1", "2", "3", "4", NOT_ASSESSED]).optional();
const ratingShape = Object.fromEntries(attributes.map((a) => [ratingField(a), ratingValue])) as Record<ReturnType<typeof ratingField>, typeof ratingValue>;

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(0);
const list = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

export const scorecardSchema = z.object({
  interviewId: id,
  /** The version of the scorecard the form was loaded with; 0 when the viewer had none yet. */
  version,
  intent: z.enum(["draft", "submit"]).default("draft"),
  ...ratingShape,
  redFlags: z.preprocess(list, z.array(z.string().max(300)).max(40)),
  notes: z
    .string()
    .trim()
    .max(10_000, "Notes are limited to 10,000 characters")
    .optional()
    .transform((v) => v || null),
  recommendation: z
    .union([z.enum(recommendations), z.literal("")])
    .optional()
    .transform((v): Recommendation | null => v || null),
});
export type ScorecardInput = z.infer<typeof scorecardSchema>;

export const amendSchema = z.object({ scorecardId: id, version });
export type AmendInput = z.infer<typeof amendSchema>;

/** The ratings the form gave (attributes left "not assessed" or absent are not in it). */
export function ratingsOf(input: ScorecardInput): Ratings {
  const out: Ratings = {};
  for (const a of attributes) {
    const v = input[ratingField(a)];
    if (v && v !== NOT_ASSESSED) out[a] = Number(v);
  }
  return out;
}
