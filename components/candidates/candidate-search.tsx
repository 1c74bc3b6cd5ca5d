"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { control } from "@/components/ui/field";
import { FilterSelect, type FilterChoice as Choice } from "@/components/ui/filter-select";
import { useUrlFilters } from "@/components/ui/use-url-filters";
type Values = { q?: string; skill?: string; source?: string; stage?: string };

/** How long typing may pause before the list follows it. */
const DEBOUNCE_MS = 250;

/**
 * Search as you type and filters that apply as they change: the URL follows (replaced, not
 * pushed, so Back leaves the page) and keeps only what is in use. Without JavaScript it is a GET form.
 */
export function CandidateSearch({ values, sources, stages, placeholder }: { values: Values; sources: Choice[] | null; stages: Choice[]; placeholder: string }) {
  const { apply: replaceUrl, pathname } = useUrlFilters();
  const [q, setQ] = useState(values.q ?? "");
  const [skill, setSkill] = useState(values.skill ?? "");
  // The filters as the URL last had them: a timer that fires later merges into these.
  const latest = useRef(values);
  // The text last sent to the URL from here (or found there).
  const sent = useRef({ q: values.q ?? "", skill: values.skill ?? "" });
  useEffect(() => {
    latest.current = values;
  }, [values]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  // A new search starts on page 1: the page number is left out. What was just applied counts at once:
  // a typing timer that fires before the server has answered must not bring back a filter just cleared.
  const apply = (next: Values) => {
    latest.current = { ...latest.current, ...next };
    sent.current = { q: latest.current.q ?? "", skill: latest.current.skill ?? "" };
    replaceUrl(latest.current);
  };
  // Both text boxes share one timer and send what both hold, so quick typing in one then the other loses neither.
  const typed = useRef({ q, skill });
  const later = (next: Values) => {
    typed.current = { ...typed.current, ...next };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      apply(typed.current);
    }, DEBOUNCE_MS);
  };
  // The text boxes follow the URL when it changes from elsewhere (Back, the header's link, Clear),
  // not when it only echoes what was typed here, nor while typing is still to be sent.
  const urlQ = values.q ?? "";
  const urlSkill = values.skill ?? "";
  useEffect(() => {
    if (timer.current || (urlQ === sent.current.q && urlSkill === sent.current.skill)) return;
    sent.current = { q: urlQ, skill: urlSkill };
    typed.current = { q: urlQ, skill: urlSkill };
    setQ(urlQ);
    setSkill(urlSkill);
  }, [urlQ, urlSkill]);
  const filtered = values.q || values.skill || values.source || values.stage;

  return (
    <form
      method="get"
      role="search"
      aria-label="Search candidates"
      className="mb-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        apply({ q, skill });
      }}
    >
      <label className="min-w-64 flex-1 text-sm">
        <span className="mb-1 block font-medium text-fg">Search</span>
        <input
          type="search"
          name="q"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            later({ q: e.target.value });
          }}
          placeholder={placeholder}
          autoComplete="off"
          data-shortcut="search"
          className={cn(control, "h-9")}
        />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium text-fg">Skill</span>
        <input
          name="skill"
          value={skill}
          onChange={(e) => {
            setSkill(e.target.value);
            later({ skill: e.target.value });
          }}
          placeholder="e.g. Go"
          autoComplete="off"
          className={cn(control, "h-9 w-36")}
        />
      </label>
      {sources ? (
        <FilterSelect label="Source" name="source" value={values.source} all="Any source" choices={sources} onChange={(v) => apply({ source: v })} />
      ) : null}
      <FilterSelect label="Stage" name="stage" value={values.stage} all="Any stage" choices={stages} onChange={(v) => apply({ stage: v })} />
      <noscript>
        <button type="submit" className="h-9 rounded-md border border-line-strong px-3 text-sm">
          Search
        </button>
      </noscript>
      {filtered ? (
        <Link
          href={pathname}
          className="flex h-9 items-center text-sm text-accent-text underline underline-offset-2"
          onClick={() => {
            if (timer.current) clearTimeout(timer.current);
            timer.current = null;
            setQ("");
            setSkill("");
            typed.current = { q: "", skill: "" };
            sent.current = { q: "", skill: "" };
          }}
        >
          Clear
        </Link>
      ) : null}
    </form>
  );
}
