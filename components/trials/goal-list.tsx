"use client";

import { Button } from "@/components/ui/button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

// The goals of week one and week two, each done or not (who ticked it, when). Those who may tick
// goals get a toggle per goal, sent with the version they saw: a concurrent tick is told, not lost.

export type GoalItem = { id: number; week: number; text: string; done: boolean; doneBy: string | null; doneAt: string | null; version: number };

export function GoalList({ goals, canTick, action }: { goals: GoalItem[]; canTick: boolean; action: FormAction }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {[1, 2].map((week) => {
        const items = goals.filter((g) => g.week === week);
        const done = items.filter((g) => g.done).length;
        return (
          <section key={week} aria-labelledby={`goals-week-${week}`}>
            <h3 id={`goals-week-${week}`} className="mb-2 text-sm font-semibold text-fg">
              Week {week === 1 ? "one" : "two"}{" "}
              <span className="font-normal text-muted">· {items.length ? `${done} of ${items.length} done` : "no goals"}</span>
            </h3>
            <ul className="space-y-2">
              {items.map((g) => (
                <li key={g.id} className="flex items-start justify-between gap-3 rounded-md border border-line p-2 text-sm">
                  <div className="min-w-0">
                    <p className="text-fg">
                      <span aria-hidden="true" className={g.done ? "text-success" : "text-subtle"}>
                        {g.done ? "✓ " : "○ "}
                      </span>
                      {g.text}
                      <span className="sr-only">{g.done ? " (done)" : " (not done)"}</span>
                    </p>
                    {g.done ? <p className="text-xs text-muted">{`Done by ${g.doneBy ?? "someone"}, ${g.doneAt}`}</p> : null}
                  </div>
                  {canTick ? <GoalToggle goal={g} action={action} /> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function GoalToggle({ goal, action }: { goal: GoalItem; action: FormAction }) {
  const { formAction, pending } = useFormAction(action, { failures: "toast" });
  return (
    <form action={formAction} className="shrink-0">
      <input type="hidden" name="goalId" value={goal.id} />
      <input type="hidden" name="version" value={goal.version} />
      <input type="hidden" name="done" value={goal.done ? "false" : "true"} />
      <Button
        type="submit"
        size="sm"
        variant={goal.done ? "ghost" : "secondary"}
        pending={pending}
        aria-label={`${goal.done ? "Undo, mark not done" : "Mark done"}: ${goal.text}`}
      >
        {goal.done ? "Undo" : "Mark done"}
      </Button>
    </form>
  );
}
