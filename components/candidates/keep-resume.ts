"use client";

import { useEffect, useRef, type FormEvent } from "react";
import type { ActionState } from "@/lib/action-types";

/**
 * Keeps the résumé chosen in a form across a refusal. The form is redrawn after every answer
 * (useFormAction), and a file input cannot be refilled from the values sent back, so a résumé
 * attached before, say, a mistyped email was dropped without a word and the candidate saved
 * without it on the next try. The file is put back into the new input unless the refusal was
 * about the résumé itself.
 */
export function useKeptResume(formKey: string, state: ActionState, resumeRefused: boolean) {
  const formRef = useRef<HTMLFormElement>(null);
  const sent = useRef<File | null>(null);
  useEffect(() => {
    const input = formRef.current?.elements.namedItem("resume");
    const file = sent.current;
    if (!(input instanceof HTMLInputElement) || !file || !state || state.ok || resumeRefused) return;
    const kept = new DataTransfer();
    kept.items.add(file);
    input.files = kept.files;
  }, [formKey, state, resumeRefused]);
  const rememberResume = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("resume");
    sent.current = input instanceof HTMLInputElement ? (input.files?.[0] ?? null) : null;
  };
  return { formRef, rememberResume };
}
