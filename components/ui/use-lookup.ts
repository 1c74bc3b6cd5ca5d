"use client";

import { useEffect, useState } from "react";

/** `disabled`: why this match cannot be chosen, shown in its place (a candidate already on the role). */
export type LookupChoice = { id: number; name: string; detail?: string; disabled?: string };

const DEBOUNCE_MS = 150;

/**
 * Matches from a lookup endpoint for the text typed so far (null: do not look up). Keystrokes are
 * debounced and a request still running when the text changes is aborted, so the list always
 * answers the latest text.
 */
export function useLookup(endpoint: string, query: string | null): { results: LookupChoice[] | null; loading: boolean } {
  const [state, setState] = useState<{ query: string | null; results: LookupChoice[] | null }>({ query: null, results: null });

  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        // The endpoint may carry parameters of its own (`?role=5`).
        const url = new URL(endpoint, window.location.origin);
        url.searchParams.set("q", query);
        const res = await fetch(url, { signal: controller.signal });
        if (!res.ok) return;
        const { results } = (await res.json()) as { results: LookupChoice[] };
        setState({ query, results });
      } catch {
        // aborted by the next keystroke
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, query]);

  if (query === null) return { results: null, loading: false };
  return { results: state.results, loading: state.query !== query };
}
