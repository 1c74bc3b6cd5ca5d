import { z } from "zod";
// From the plain lists: the role loop and template forms (client components) import this module.
import { attributes, interviewKinds, roleTypes, type Attribute } from "@/db/schema/values";
import { cleanMultiLine, cleanSingleLine, idSchema, wholeNumber } from "@/lib/validation";
import { attributeLabels } from "./labels";

// What the evaluation template, kit and role loop forms post. Plain module: the forms share the
// limits with the server. Weights arrive as one field per attribute ("weights.ownership"), the
// plan as ordered "plan[]" fields, checklist and red flags as one line per item.

export const WEIGHTS_TOTAL = 100;
export const MAX_PLAN = 12;
export const MAX_LINES = 40;
const LINE_MAX = 200;

/** The stored version the form was loaded at; 0 when only the defaults exist (no row yet). */
const loadedVersion = wholeNumber({ min: 0, max: Number.MAX_SAFE_INTEGER, message: "Missing version" });

/** One attribute's weight; its messages name the attribute (the nine share one message line: WeightsField marks the one named). */
const weight = (a: Attribute) => {
  const message = `${attributeLabels[a]}: a whole number from 0 to 100`;
  return wholeNumber({ min: 0, max: 100, message, tooSmall: message, tooLarge: message });
};

/** Nine integer weights, 0–100 each, summing to exactly 100. */
export const weightsSchema = z
  .object(Object.fromEntries(attributes.map((a) => [a, weight(a)])) as Record<Attribute, ReturnType<typeof weight>>)
  .superRefine((w, ctx) => {
    const total = attributes.reduce((n, a) => n + w[a], 0);
    if (total !== WEIGHTS_TOTAL) ctx.addIssue({ code: "custom", message: `The weights must add up to ${WEIGHTS_TOTAL}; they add up to ${total}.` });
  });

/** The interview plan: kinds in order (a kind may appear twice, two coding rounds say). */
export const planSchema = z
  .array(z.enum(interviewKinds, { error: "Choose a kind of interview" }), { error: "Add at least one interview" })
  .min(1, "Add at least one interview")
  .max(MAX_PLAN, `At most ${MAX_PLAN} interviews`);

/** A textarea of one item per line: lines cleaned, blanks dropped, each short, not repeated. */
const lines = (label: string, { min }: { min: number }) =>
  z
    .string()
    .optional()
    .default("")
    .transform((text) =>
      cleanMultiLine(text)
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(LINE_MAX, `Each ${label} is at most ${LINE_MAX} characters`))
        .min(min, `Add at least one ${label}`)
        .max(MAX_LINES, `At most ${MAX_LINES} ${label}s`)
        .refine((items) => new Set(items).size === items.length, `Each ${label} once: remove the repeated line`),
    );

/** Gathers "weights.<attribute>" fields into `weights`, so the rule (and its message) is on one field. */
function gatherWeights(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const input = raw as Record<string, unknown>;
  if (typeof input.weights === "object" && input.weights !== null) return raw;
  const weights = Object.fromEntries(attributes.map((a) => [a, input[`weights.${a}`]]));
  return { ...input, weights };
}

export const templateSchema = z.preprocess(
  gatherWeights,
  z.object({
    roleType: z.enum(roleTypes, { error: "Choose a role type" }),
    version: loadedVersion,
    plan: planSchema,
    weights: weightsSchema,
    checklist: lines("checklist item", { min: 1 }),
    redFlags: lines("red flag", { min: 0 }),
  }),
);
export type TemplateInput = z.infer<typeof templateSchema>;

const promptText = z
  .string()
  .optional()
  .default("")
  .transform((v) => cleanSingleLine(v).trim());
const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Pairs the parallel prompt[] / listenFor[] fields the kit form posts into `prompts`. */
function gatherPrompts(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || "prompts" in raw) return raw;
  const input = raw as Record<string, unknown>;
  const listenFor = asList(input.listenFor);
  return { ...input, prompts: asList(input.prompt).map((prompt, i) => ({ prompt, listenFor: listenFor[i] })) };
}

const PROMPT_MAX = 500;
/**
 * The kit's prompts. A pair left blank is dropped; each other pair is checked where it stands in
 * the form (`prompts.2.prompt`), so the message is said under the box it is about.
 */
const promptsSchema = z
  .array(z.object({ prompt: promptText, listenFor: promptText }))
  .superRefine((pairs, ctx) =>
    pairs.forEach(({ prompt, listenFor }, i) => {
      if (!prompt && !listenFor) return;
      if (!prompt) ctx.addIssue({ code: "custom", path: [i, "prompt"], message: "Each prompt needs its question" });
      else if (prompt.length > PROMPT_MAX) ctx.addIssue({ code: "custom", path: [i, "prompt"], message: `Each prompt is at most ${PROMPT_MAX} characters` });
      if (listenFor.length > PROMPT_MAX)
        ctx.addIssue({ code: "custom", path: [i, "listenFor"], message: `What to listen for is at most ${PROMPT_MAX} characters` });
    }),
  )
  .transform((pairs) => pairs.filter((p) => p.prompt || p.listenFor))
  .pipe(
    z
      .array(z.object({ prompt: z.string(), listenFor: z.string() }))
      .min(1, "Add at least one prompt")
      .max(MAX_LINES, `At most ${MAX_LINES} prompts`),
  );

/** A kit: the attributes its interview assesses (attributes[] checkboxes) and its prompts. */
export const kitSchema = z.preprocess(
  gatherPrompts,
  z.object({
    kind: z.enum(interviewKinds, { error: "Choose a kind of interview" }),
    version: loadedVersion,
    attributes: z.preprocess(
      asList,
      z
        .array(z.enum(attributes))
        .min(1, "Choose at least one attribute this interview assesses")
        .transform((list) => [...new Set(list)]),
    ),
    prompts: promptsSchema,
  }),
);
export type KitInput = z.infer<typeof kitSchema>;

export const roleLoopSchema = z.preprocess(
  gatherWeights,
  z.object({
    roleId: idSchema,
    version: loadedVersion,
    plan: planSchema,
    weights: weightsSchema,
    checklist: lines("checklist item", { min: 1 }),
  }),
);
export type RoleLoopInput = z.infer<typeof roleLoopSchema>;

export const resetRoleLoopSchema = z.object({ roleId: idSchema, version: loadedVersion });
export type ResetRoleLoopInput = z.infer<typeof resetRoleLoopSchema>;
