"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "./toaster";
import type { ActionResult, ActionState } from "@/lib/action-types";

export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionResult<unknown>>;

/**
 * Where the last form was sent from (its place among the page's forms, and the control's in it),
 * noted as the browser submits it, before React runs the action. The form keeps the action itself
 * (no wrapper), so it still posts without JavaScript.
 */
let lastSent: { form: number; id: string; element: number } | null = null;
/** A form's controls but its hidden inputs: React adds some to the server's HTML (to post without JavaScript) and not on a remount. */
const controls = (form: HTMLFormElement) => Array.from(form.elements).filter((e) => !(e instanceof HTMLInputElement && e.type === "hidden"));
if (typeof document !== "undefined") {
  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target as HTMLFormElement;
      const sender = (event as SubmitEvent).submitter ?? document.activeElement;
      const element = sender ? controls(form).indexOf(sender) : -1;
      lastSent = element >= 0 ? { form: Array.from(document.forms).indexOf(form), id: form.id, element } : null;
    },
    true,
  );
}

/**
 * The form that was sent, where it stands now. A form with an id is found by it: when the answer
 * took the form away (a decision recorded), the form now at its place is another one.
 */
function sentForm(at: NonNullable<typeof lastSent>): HTMLFormElement | null {
  const form = at.id ? document.getElementById(at.id) : document.forms[at.form];
  return form instanceof HTMLFormElement ? form : null;
}

const successIds = new WeakMap<object, number>();
let nextId = 0;
/** A stable id per result, so only a new answer remounts the form. */
function answerId(state: object): number {
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
  const router = useRouter();
  // A success is told in a toast (it does not shift the form). Field errors stay next to their
  // fields; a failure with no field is shown by the form's FormMessage, or, for small forms with
  // no room for one (failures: "toast"), in a toast.
  useEffect(() => {
    if (state?.ok && state.message) {
      const link = state.link;
      // A toast with somewhere to go stays longer: its button is reached with Alt+T, then Tab.
      toast.success(state.message, link ? { duration: 10_000, action: { label: link.label, onClick: () => router.push(link.href) } } : undefined);
    } else if (state && !state.ok && failures === "toast") {
      // A field's message is said next to it when the form shows that field; a small form with no
      // such field (an Untick sent from a stale page) says it in the toast.
      const form = lastSent && sentForm(lastSent);
      const shown = Object.keys(state.fieldErrors).length > 0 && form?.querySelector('[aria-invalid="true"]');
      if (!shown) toast.error(Object.values(state.fieldErrors)[0] ?? state.message);
    }
  }, [state, failures, router]);
  const failed = state && !state.ok ? state : null;
  // Every answer remounts the form, a refusal too (refilled from its values): React resets a form
  // once its action ends, and a controlled checkbox left in place would be redrawn as it was first
  // drawn, not as the user left it — even on a second refusal of the same values.
  const formKey = state ? `${state.ok ? "ok" : "failed"}-${answerId(state)}` : "new";
  // The new key remounts the form, and focus would drop to the start of the page. After a refusal
  // with field errors it goes to the first field in error (which scrolls it into view: the message
  // may be above what is on screen), even from a field the form focuses itself; otherwise back to
  // the control that sent the form. Focus that something outside the form took is left there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const at = lastSent;
    lastSent = null;
    if (!at) return;
    const form = sentForm(at);
    if (!form) return;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    // A dialog holding the form takes focus itself when the control that had it is remounted.
    if (!lost && !form.contains(active) && !active.contains(form)) return;
    const invalid = state && !state.ok && Object.keys(state.fieldErrors).length ? form.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    if (invalid) return invalid.focus();
    if (!lost && form.contains(active)) return;
    const element = controls(form)[at.element];
    if (element instanceof HTMLElement) element.focus();
  }, [formKey, state]);
  return {
    state,
    formAction,
    pending,
    values: failed?.values ?? {},
    errors: failed?.fieldErrors ?? {},
    formKey,
  };
}
