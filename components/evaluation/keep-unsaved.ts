"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { ActionState } from "@/lib/action-types";

// Which forms had unsaved input put back, as a tiny store the notice reads (the putting back is
// done to the DOM, outside React's render).
const restoredKeys = new Set<string>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const markRestored = (key: string, restored: boolean) => {
  if (restoredKeys.has(key) === restored) return;
  if (restored) restoredKeys.add(key);
  else restoredKeys.delete(key);
  for (const listener of listeners) listener();
};

/**
 * Keeps what is typed into a form and not yet saved (this tab's session storage, under `key`), and
 * puts it back when the form is opened again: a scorecard half filled in, left for another page,
 * was lost without a word. Cleared once the form saves; a newer saved version has another key.
 * Returns whether something was put back, to say so.
 */
export function useKeptUnsaved(formId: string, key: string, state: ActionState): boolean {
  useEffect(() => {
    if (!state?.ok) return;
    sessionStorage.removeItem(key);
    markRestored(key, false);
  }, [state, key]);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const stored = sessionStorage.getItem(key);
    if (stored && !state?.ok) {
      const entries = JSON.parse(stored) as [string, string][];
      for (const el of Array.from(form.elements)) {
        if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || !el.name || el.type === "hidden") continue;
        const mine = entries.filter(([name]) => name === el.name).map(([, value]) => value);
        if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) el.checked = mine.includes(el.value);
        else if (mine.length) el.value = mine[0];
      }
      markRestored(key, true);
    }
    const hidden = new Set(Array.from(form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')).map((i) => i.name));
    const remember = () => {
      const entries = [...new FormData(form).entries()].filter(([name, value]) => typeof value === "string" && !hidden.has(name));
      sessionStorage.setItem(key, JSON.stringify(entries));
    };
    form.addEventListener("input", remember);
    form.addEventListener("change", remember);
    return () => {
      form.removeEventListener("input", remember);
      form.removeEventListener("change", remember);
    };
  }, [formId, key, state]);
  return useSyncExternalStore(
    subscribe,
    () => restoredKeys.has(key),
    () => false,
  );
}
