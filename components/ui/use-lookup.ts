"use client";

import { useEffect, useState } from "react";

export type LookupChoice = { id: number; name: string; detail?: string };

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
        const res = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, { signal: controller.signal });
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
