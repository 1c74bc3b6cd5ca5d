"use client";

import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

const chip = "inline-flex items-center rounded-full bg-surface-2 px-2 py-0.5 text-xs text-fg ring-1 ring-line ring-inset";

/** The first few skills as chips; the rest behind "+N", which opens the whole list (click, tap or keyboard). */
export function SkillChips({ skills, shown = 3, owner }: { skills: string[]; shown?: number; owner: string }) {
  if (skills.length === 0) return <span className="text-muted">—</span>;
  const rest = skills.length - shown;
  return (
    <ul aria-label={`Skills of ${owner}`} className="flex flex-wrap items-center gap-1">
      {skills.slice(0, shown).map((s) => (
        <li key={s} className={chip}>
          {s}
        </li>
      ))}
      {rest > 0 ? (
        <li>
          <Popover>
            <PopoverTrigger
              aria-label={`All ${skills.length} skills of ${owner}`}
              className="rounded-full px-1.5 py-0.5 text-xs font-medium text-accent-text underline-offset-2 hover:bg-accent-soft hover:underline"
            >
              +{rest}
            </PopoverTrigger>
            <PopoverContent aria-label={`Skills of ${owner}`} className="max-w-72">
              <ul className="flex flex-wrap gap-1">
                {skills.map((s) => (
                  <li key={s} className={chip}>
                    {s}
                  </li>
                ))}
              </ul>
            </PopoverContent>
          </Popover>
        </li>
      ) : null}
    </ul>
  );
}
