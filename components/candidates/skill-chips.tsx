"use client";

import { useState } from "react";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { chip } from "./chip";

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
          <AllSkills skills={skills} rest={rest} owner={owner} />
        </li>
      ) : null}
    </ul>
  );
}

const moreClass = "rounded-full px-1.5 py-0.5 text-xs font-medium text-accent-text underline-offset-2 hover:bg-accent-soft hover:underline";

/** "+N": the whole list in a popover, built only when first opened (a page has a popover's worth of rows). */
function AllSkills({ skills, rest, owner }: { skills: string[]; rest: number; owner: string }) {
  const [armed, setArmed] = useState(false);
  const label = `All ${skills.length} skills of ${owner}`;
  if (!armed)
    return (
      <button type="button" aria-label={label} aria-haspopup="dialog" aria-expanded={false} className={moreClass} onClick={() => setArmed(true)}>
        +{rest}
      </button>
    );
  return (
    <Popover defaultOpen>
      <PopoverTrigger aria-label={label} className={moreClass}>
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
  );
}
