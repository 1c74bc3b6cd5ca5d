"use client";

import { useEffect, useRef, useState } from "react";
import { useUrlFilters } from "./use-url-filters";

type Values = Record<string, string | number | undefined>;

/** How long typing may pause before the list follows it. */
const DEBOUNCE_MS = 250;

/**
 * URL filters with text boxes that apply as you type (debounced) beside ones that apply at once
 * (selects, pickers). The URL follows (replaced, not pushed, so Back leaves the page) and keeps
 * only what is in use; a new search starts on page 1. The text boxes follow the URL when it
 * changes from elsewhere (Back, a link, Clear), not when it only echoes what was typed here, nor
 * while typing is still to be sent.
 */
export function useTypedFilters<V extends Values, K extends keyof V & string>(values: V, textKeys: readonly K[]) {
  const { apply: replaceUrl, pathname } = useUrlFilters();
  const textOf = (v: Partial<V>) => Object.fromEntries(textKeys.map((k) => [k, String(v[k] ?? "")])) as Record<K, string>;
  // The URL holds the text trimmed (useUrlFilters): "lead " typed, then a pause, is "lead" there.
  const trimmed = (t: Record<K, string>) => Object.fromEntries(textKeys.map((k) => [k, t[k].trim()])) as Record<K, string>;
  const [text, setText] = useState(() => textOf(values));
  // The filters as the URL last had them: a timer that fires later merges into these.
  const latest = useRef<Partial<V>>(values);
  // The text last sent to the URL from here (or found there), as the URL holds it, and as typed (all boxes share one
  // timer and send what each holds, so quick typing in one then another loses neither).
  const sent = useRef(trimmed(text));
  const typed = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = values;
  }, [values]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  // What was just applied counts at once: a typing timer that fires before the server has
  // answered must not bring back a filter just cleared.
  const apply = (next: Partial<V>) => {
    latest.current = { ...latest.current, ...next };
    sent.current = trimmed(textOf(latest.current));
    replaceUrl(latest.current);
  };

  const urlText = JSON.stringify(textOf(values));
  useEffect(() => {
    const fromUrl = JSON.parse(urlText) as Record<K, string>;
    if (timer.current || Object.keys(fromUrl).every((k) => fromUrl[k as K] === sent.current[k as K])) return;
    sent.current = fromUrl;
    typed.current = fromUrl;
    setText(fromUrl);
  }, [urlText]);

  return {
    pathname,
    /** The text boxes' contents. */
    text,
    apply,
    /** A key typed in one of the text boxes: the URL follows once typing pauses. */
    type: (key: K, value: string) => {
      typed.current = { ...typed.current, [key]: value };
      setText(typed.current);
      stop();
      timer.current = setTimeout(() => {
        timer.current = null;
        apply(typed.current as Partial<V>);
      }, DEBOUNCE_MS);
    },
    /** Enter in a text box: at once. */
    submit: () => {
      stop();
      apply(typed.current as Partial<V>);
    },
    /** Before following a link that clears every filter: empty boxes, nothing left to send. */
    clear: () => {
      stop();
      const empty = textOf({});
      typed.current = empty;
      sent.current = empty;
      setText(empty);
    },
  };
}
