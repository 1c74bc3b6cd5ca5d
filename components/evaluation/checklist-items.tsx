"use client";

import type { FormAction } from "@/components/ui/use-form-action";
import { ChecklistControl } from "./checklist-tick";

/** One item as the list shows it: the tick's evidence, who and when already put into words by the server. */
export type ChecklistItemView = {
  item: string;
  /** The system's item ("Two references checked"): no control unless a person ticked it. */
  system: boolean;
  tick: { evidence: string | null; by: string; at: string; atMs: number; byPerson: boolean } | null;
};

/**
 * The checklist's items. A client component for the server's sake: the page sends each item's few
 * values instead of its rendered markup, which the server would otherwise write into the page's
 * RSC payload and read back to render the same HTML.
 */
export function ChecklistItems({
  items,
  canTick,
  tick,
  untick,
  applicationId,
}: {
  items: ChecklistItemView[];
  canTick: boolean;
  tick: FormAction;
  untick: FormAction;
  applicationId: number;
}) {
  return (
    <ul className="divide-y divide-line" aria-label="Checklist items">
      {items.map(({ item, system, tick: done }) => (
        <li key={item} className="py-3 first:pt-0 last:pb-0">
          <div className="flex items-start justify-between gap-3">
            <p className="flex items-start gap-2 text-sm font-medium text-fg">
              <span aria-hidden className={done ? "text-emerald-600 dark:text-emerald-300" : "text-subtle"}>
                {done ? "✓" : "○"}
              </span>
              <span>
                {item}
                <span className="sr-only">{done ? " (ticked)" : " (not ticked)"}</span>
              </span>
            </p>
            {/* The references item is the system's (ticked at the second recorded call): no control, unless a person ticked it before that rule. */}
            {canTick && (!system || done?.byPerson) ? (
              <ChecklistControl tick={tick} untick={untick} tickedAt={done ? done.atMs : null} applicationId={applicationId} item={item} />
            ) : null}
          </div>
          {!done && system ? <p className="mt-1 ml-6 text-xs text-muted">Ticks itself when two reference calls are recorded.</p> : null}
          {done ? (
            <div className="mt-1 ml-6 text-sm">
              {done.evidence === null ? (
                <p className="text-muted italic">Evidence shown once you submit your scorecard.</p>
              ) : (
                <p className="whitespace-pre-line text-fg">{done.evidence}</p>
              )}
              <p className="mt-0.5 text-xs text-muted">
                {done.by} · {done.at}
              </p>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
