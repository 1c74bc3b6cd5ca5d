"use client";

import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { control } from "@/components/ui/field";
import { FilterSelect, type FilterChoice as Choice } from "@/components/ui/filter-select";
import { SearchField } from "@/components/ui/search-field";
import { useTypedFilters } from "@/components/ui/use-typed-filters";
type Values = { q?: string; skill?: string; source?: string; stage?: string };

/** Search as you type and filters that apply as they change (useTypedFilters). Without JavaScript it is a GET form. */
export function CandidateSearch({ values, sources, stages, placeholder }: { values: Values; sources: Choice[] | null; stages: Choice[]; placeholder: string }) {
  const { pathname, text, apply, type, submit, clear } = useTypedFilters(values, ["q", "skill"]);
  const filtered = values.q || values.skill || values.source || values.stage;

  return (
    <form
      method="get"
      role="search"
      aria-label="Search candidates"
      className="mb-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <SearchField name="q" value={text.q} onChange={(v) => type("q", v)} placeholder={placeholder} className="min-w-64 flex-1" />
      <label className="text-sm">
        <span className="mb-1 block font-medium text-fg">Skill</span>
        <input
          name="skill"
          value={text.skill}
          onChange={(e) => type("skill", e.target.value)}
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
        <Link href={pathname} className="flex h-9 items-center text-sm text-accent-text underline underline-offset-2" onClick={clear}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}
