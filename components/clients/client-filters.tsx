"use client";

import Link from "next/link";
import { SearchField } from "@/components/ui/search-field";
import { useTypedFilters } from "@/components/ui/use-typed-filters";

/** The /clients search: applies as you type, kept in the URL; without JavaScript a plain GET form. */
export function ClientFilters({ values }: { values: { q?: string } }) {
  const { pathname, text, type, submit, clear } = useTypedFilters(values, ["q"]);
  return (
    <form
      method="get"
      className="mb-4 flex flex-wrap items-end gap-3"
      aria-label="Search clients"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <SearchField name="q" value={text.q} onChange={(v) => type("q", v)} placeholder="Company or website" className="w-full sm:w-72" />
      {values.q ? (
        <Link href={pathname} className="flex h-9 items-center text-sm text-accent-text underline underline-offset-2" onClick={clear}>
          Clear search
        </Link>
      ) : null}
    </form>
  );
}
