"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { control } from "@/components/ui/field";
import { interviewKindLabels, interviewKinds, type InterviewKind } from "@/lib/evaluation/labels";
import { MAX_PLAN } from "@/lib/evaluation/template-schemas";

/** A plan entry with a key that follows it when it moves (a kind may appear twice). */
export type PlanItem = { key: number; kind: InterviewKind };

let nextKey = 0;
export const toPlanItems = (plan: InterviewKind[]): PlanItem[] => plan.map((kind) => ({ key: ++nextKey, kind }));

/**
 * The interview plan: an ordered list of interview kinds, reordered with move up/down buttons
 * (no dragging needed, and keyboard users get the same), posted in order as plan[].
 */
export function PlanField({ value, onChange, error }: { value: PlanItem[]; onChange: (next: PlanItem[]) => void; error?: string }) {
  const id = useId();
  const [adding, setAdding] = useState<InterviewKind>("coding");
  // After a move or a removal the button pressed has moved, gone or gone disabled: focus goes to
  // the same item's button in its new place (the other direction at either end), or after a
  // removal to the next item's Remove, so a keyboard user keeps their place.
  const focusTo = useRef<string | null>(null);
  const setFocusTo = (controlId: string) => (focusTo.current = controlId);
  // After the render that shows the new order (the parent's, with the new value).
  useEffect(() => {
    if (!focusTo.current) return;
    document.getElementById(focusTo.current)?.focus();
    focusTo.current = null;
  });
  const controlId = (item: PlanItem, what: "up" | "down" | "remove") => `${id}-${item.key}-${what}`;
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
    const dir = to < from ? "up" : "down";
    setFocusTo(controlId(item, to === 0 ? "down" : to === next.length - 1 ? "up" : dir));
  };
  const remove = (i: number) => {
    const next = value[i + 1] ?? value[i - 1];
    onChange(value.filter((_, j) => j !== i));
    setFocusTo(next ? controlId(next, "remove") : `${id}-add`);
  };
  const name = (item: PlanItem, i: number) => `${interviewKindLabels[item.kind]} (interview ${i + 1})`;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-fg">Interview plan</legend>
      <p className="mb-2 text-xs text-muted">The interviews of the loop, in the order they usually happen.</p>
      {value.length ? (
        <ol aria-label="Interview plan" className="divide-y divide-line rounded-md border border-line">
          {value.map((item, i) => (
            <li key={item.key} className="flex items-center gap-2 px-3 py-1.5 text-sm">
              <input type="hidden" name="plan[]" value={item.kind} />
              <span className="w-6 text-muted tabular-nums">{i + 1}.</span>
              <span className="flex-1 text-fg">{interviewKindLabels[item.kind]}</span>
              <Button
                id={controlId(item, "up")}
                size="sm"
                variant="ghost"
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
                aria-label={`Move ${name(item, i)} up`}
              >
                Up
              </Button>
              <Button
                id={controlId(item, "down")}
                size="sm"
                variant="ghost"
                disabled={i === value.length - 1}
                onClick={() => move(i, i + 1)}
                aria-label={`Move ${name(item, i)} down`}
              >
                Down
              </Button>
              <Button id={controlId(item, "remove")} size="sm" variant="ghost" onClick={() => remove(i)} aria-label={`Remove ${name(item, i)}`}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-md border border-dashed border-line-strong px-3 py-2 text-sm text-muted">No interviews yet.</p>
      )}
      <div className="mt-2 flex items-end gap-2">
        <div>
          <label htmlFor={`${id}-add`} className="mb-1 block text-sm text-fg">
            Add an interview
          </label>
          <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value as InterviewKind)} className={control}>
            {interviewKinds.map((k) => (
              <option key={k} value={k}>
                {interviewKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" disabled={value.length >= MAX_PLAN} onClick={() => onChange([...value, ...toPlanItems([adding])])}>
          Add to plan
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
