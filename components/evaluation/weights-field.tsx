"use client";

import { control } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { attributeLabels, attributes, type Attribute } from "@/lib/evaluation/labels";
import { WEIGHTS_TOTAL } from "@/lib/evaluation/template-schemas";

/** The weights as typed: strings, so a field may be blank while someone edits it. */
export type WeightDraft = Record<Attribute, string>;

export const toWeightDraft = (weights: Record<Attribute, number>): WeightDraft =>
  Object.fromEntries(attributes.map((a) => [a, String(weights[a])])) as WeightDraft;

/** Whether what is typed for one weight is a whole number from 0 to 100. */
const validWeight = (typed: string): boolean => /^\d+$/.test(typed.trim()) && Number(typed) <= 100;

/** The total of the valid weights typed (anything else counts 0, and is named beside the total). */
export function draftTotal(draft: WeightDraft): number {
  return attributes.reduce((n, a) => n + (validWeight(draft[a]) ? Number(draft[a]) : 0), 0);
}

/**
 * The nine rubric weights, one whole number each, with their live total beside them: the rule
 * (exactly 100) is told while typing, and the server's refusal is shown in the same place. One
 * editor for the agency templates and for each role's own weights. Fields post as weights.<attribute>.
 */
export function WeightsField({ value, onChange, error }: { value: WeightDraft; onChange: (next: WeightDraft) => void; error?: string }) {
  const total = draftTotal(value);
  // Every field that is not a whole number from 0 to 100, named at once while typing (the server names only the first).
  const invalid = attributes.filter((a) => !validWeight(value[a]));
  const off = total !== WEIGHTS_TOTAL || invalid.length > 0;
  const describedBy = ["weights-total", error ? "weights-error" : null].filter(Boolean).join(" ");
  // An error about one attribute names it ("Mentorship: …"); the total's error concerns them all.
  const namesOne = !!error && attributes.some((a) => error.startsWith(`${attributeLabels[a]}:`));
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium text-fg">Rubric weights</legend>
      <p className="mb-3 text-xs text-muted">How much each attribute counts in the weighted score: whole numbers from 0 to 100 that add up to 100.</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {attributes.map((a) => (
          <div key={a}>
            <label htmlFor={`weight-${a}`} className="mb-1 block text-sm text-fg">
              {attributeLabels[a]}
            </label>
            <input
              id={`weight-${a}`}
              name={`weights.${a}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              required
              value={value[a]}
              onChange={(e) => onChange({ ...value, [a]: e.target.value })}
              aria-invalid={invalid.includes(a) || (error && (!namesOne || error.startsWith(`${attributeLabels[a]}:`))) ? true : undefined}
              aria-describedby={describedBy}
              className={control}
            />
          </div>
        ))}
      </div>
      <p id="weights-total" aria-live="polite" className={cn("mt-3 text-sm font-medium", off ? "rounded-md bg-warning-soft px-2 py-1 text-fg" : "text-muted")}>
        {total !== WEIGHTS_TOTAL ? `Total ${total} — must be ${WEIGHTS_TOTAL}` : `Total ${total}`}
        {invalid.length ? ` · not a whole number from 0 to 100 (counted as 0): ${invalid.map((a) => attributeLabels[a]).join(", ")}` : null}
      </p>
      {error ? (
        <p id="weights-error" className="mt-1 text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
