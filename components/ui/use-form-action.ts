"use client";

import { useActionState, useEffect, useRef } from "react";
import { toast } from "./toaster";
import type { ActionResult, ActionState } from "@/lib/action-types";

export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionResult<unknown>>;

const successIds = new WeakMap<object, number>();
let nextId = 0;
/** A stable id per success result, so only a new success clears the form. */
function successId(state: object): number {
  if (!successIds.has(state)) successIds.set(state, ++nextId);
  return successIds.get(state)!;
}

/**
 * useActionState plus what every form needs: a toast for a success, the submitted values and field errors of a failed
 * attempt, and a key that remounts the form (clearing it) after a success, or refills it after a
 * failure — React 19 resets uncontrolled inputs after every submit.
 */
export function useFormAction(action: FormAction, { failures = "inline" }: { failures?: "inline" | "toast" } = {}) {
  const [state, formAction, pending] = useActionState(action, null);
  // A success is told in a toast (it does not shift the form). Field errors stay next to their
  // fields; a failure with no field is shown by the form's FormMessage, or, for small forms with
  // no room for one (failures: "toast"), in a toast.
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
    else if (state && !state.ok && failures === "toast" && Object.keys(state.fieldErrors).length === 0) toast.error(state.message);
  }, [state, failures]);
  const failed = state && !state.ok ? state : null;
  const formKey = state?.ok ? `ok-${successId(state)}` : JSON.stringify(failed?.values ?? {});
  // The new key remounts the form, and focus would drop to the start of the page: it goes back to
  // the control that sent the form (its place in the page's forms), unless something took it meanwhile.
  const sentFrom = useRef<{ form: number; element: number } | null>(null);
  useEffect(() => {
    const at = sentFrom.current;
    if (!at || (document.activeElement && document.activeElement !== document.body)) return;
    const element = document.forms[at.form]?.elements[at.element];
    if (element instanceof HTMLElement) element.focus();
  }, [formKey]);
  const send = (data: FormData) => {
    const active = document.activeElement as HTMLButtonElement | HTMLInputElement | null;
    const form = active?.form ?? null;
    sentFrom.current = form ? { form: Array.from(document.forms).indexOf(form), element: Array.from(form.elements).indexOf(active!) } : null;
    formAction(data);
  };
  return {
    state,
    formAction: send,
    pending,
    values: failed?.values ?? {},
    errors: failed?.fieldErrors ?? {},
    formKey,
  };
}
