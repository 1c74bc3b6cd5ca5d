"use client";

import { useState } from "react";

/**
 * Form state that starts from what the server loaded and starts over when the server has a newer
 * version (after this form's save, or a reset): edits survive a refused save, never a newer record.
 */
export function useDraft<T>(version: number, load: () => T): [T, (next: T) => void] {
  const [state, setState] = useState(() => ({ version, draft: load() }));
  if (state.version !== version) {
    const fresh = { version, draft: load() };
    setState(fresh);
    return [fresh.draft, (draft) => setState({ version, draft })];
  }
  return [state.draft, (draft) => setState({ version, draft })];
}
