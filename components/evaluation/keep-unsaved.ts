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

/** Every kept form's storage keys start so: signing out clears them all (the next person in this tab must not get them). */
export const KEPT_PREFIX = "kept:";

/** Forgets every form kept in this tab: on signing out. */
export function forgetKeptForms(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(KEPT_PREFIX)) sessionStorage.removeItem(key);
}

function readKept(key: string): [string, string][] | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(key) ?? "null");
    return Array.isArray(parsed) ? (parsed as [string, string][]) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what is typed into a form and not yet sent (this tab's session storage, under `key`, which
 * should name the user and the record), and puts it back when the form is opened again: a
 * scorecard half filled in, left for another page, was lost without a word. Forgotten as the form
 * is sent: a refusal refills the form from what was sent, and a success needs nothing kept.
 * Returns whether something was put back, to say so.
 */
export function useKeptUnsaved(formId: string, key: string, state: ActionState): boolean {
  const storageKey = KEPT_PREFIX + key;
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const entries = readKept(storageKey);
    if (entries && !state?.ok) {
      for (const el of Array.from(form.elements)) {
        if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || !el.name || el.type === "hidden") continue;
        const mine = entries.filter(([name]) => name === el.name).map(([, value]) => value);
        if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) el.checked = mine.includes(el.value);
        else if (mine.length) el.value = mine[0];
      }
      markRestored(storageKey, true);
    }
    const hidden = new Set(Array.from(form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')).map((i) => i.name));
    const remember = () => {
      const kept = [...new FormData(form).entries()].filter(([name, value]) => typeof value === "string" && !hidden.has(name));
      sessionStorage.setItem(storageKey, JSON.stringify(kept));
    };
    const sent = () => {
      sessionStorage.removeItem(storageKey);
      markRestored(storageKey, false);
    };
    form.addEventListener("input", remember);
    form.addEventListener("change", remember);
    form.addEventListener("submit", sent);
    return () => {
      form.removeEventListener("input", remember);
      form.removeEventListener("change", remember);
      form.removeEventListener("submit", sent);
    };
  }, [formId, storageKey, state]);
  return useSyncExternalStore(
    subscribe,
    () => restoredKeys.has(storageKey),
    () => false,
  );
}
