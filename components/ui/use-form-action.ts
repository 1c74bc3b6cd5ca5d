"use client";

import { useActionState, useEffect } from "react";
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
  return {
    state,
    formAction,
    pending,
    values: failed?.values ?? {},
    errors: failed?.fieldErrors ?? {},
    formKey: state?.ok ? `ok-${successId(state)}` : JSON.stringify(failed?.values ?? {}),
  };
}
