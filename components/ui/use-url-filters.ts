"use client";

import { usePathname, useRouter } from "next/navigation";

type Values = Record<string, string | number | undefined>;

/**
 * Filters that live in the URL: `apply` replaces the address (not a new history entry, so Back
 * leaves the page) with the filters merged in, keeping only those in use and dropping the page
 * number, since a new filter starts on page 1. A filtered view is then a link that can be shared.
 */
export function useUrlFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const apply = (values: Values) => {
    const query = new URLSearchParams(
      Object.entries(values).flatMap(([k, v]) => (k !== "page" && v !== undefined && String(v).trim() ? [[k, String(v).trim()]] : [])),
    ).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return { apply, pathname };
}
