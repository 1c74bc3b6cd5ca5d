import { z } from "zod";
import { cleanMultiLine } from "@/lib/text";
import { idSchema, wholeNumber } from "@/lib/validation";

// The checklist's inputs, shared by the tick form and the server. Plain module: no server imports.

export const EVIDENCE_MIN = 3;
export const EVIDENCE_MAX = 500;
export const EVIDENCE_REQUIRED = "Write a short note of the evidence (at least 3 characters)";

const item = z
  .string({ error: "Choose an item of the checklist" })
  .trim()
  .min(1, "Choose an item of the checklist")
  .max(200, "Choose an item of the checklist");

/** A tick needs evidence: what was seen, where (an interview, a work sample), in a sentence or two. */
export const tickSchema = z.object({
  applicationId: idSchema,
  item,
  evidence: z
    .string({ error: EVIDENCE_REQUIRED })
    .overwrite(cleanMultiLine)
    .trim()
    .min(EVIDENCE_MIN, EVIDENCE_REQUIRED)
    .max(EVIDENCE_MAX, `Keep the evidence to ${EVIDENCE_MAX} characters`),
});
export type TickInput = z.infer<typeof tickSchema>;

/** `tickedAt` is the tick the user saw (its time, in ms): an untick from a stale page must not remove a newer tick. */
export const untickSchema = z.object({
  applicationId: idSchema,
  item,
  tickedAt: wholeNumber({ min: 1, max: Number.MAX_SAFE_INTEGER, message: "Reload the page and try again" }),
});
export type UntickInput = z.infer<typeof untickSchema>;

/**
 * The items a checklist change takes off that have ticks (`ticks`: how many applications have each
 * item ticked): their ticks are kept but no longer shown, so the form says so before saving.
 */
export function hiddenTicks(ticks: Record<string, number>, before: string[], after: string[]): { item: string; ticks: number }[] {
  return before.filter((item) => (ticks[item] ?? 0) > 0 && !after.includes(item)).map((item) => ({ item, ticks: ticks[item] }));
}

/** "“Ownership examples” (2 ticks) and “Past startup work” (1 tick)" */
export function describeHiddenTicks(hidden: { item: string; ticks: number }[]): string {
  const parts = hidden.map((h) => `“${h.item}” (${h.ticks} ${h.ticks === 1 ? "tick" : "ticks"})`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "");
}
