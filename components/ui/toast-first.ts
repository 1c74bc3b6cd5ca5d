"use client";

import { toast } from "./toaster";
import type { FormAction } from "./use-form-action";

/**
 * The action with its success told at once. A form whose success replaces it (a submitted
 * scorecard, a recorded decision, a closed interview) re-renders away in the same refresh, before
 * useFormAction's own toast could run; the message is taken off the result so a form that stays
 * does not tell it twice.
 */
export function toastFirst(action: FormAction): FormAction {
  return async (prev, form) => {
    const result = await action(prev, form);
    if (!result.ok || !result.message) return result;
    toast.success(result.message);
    return { ...result, message: undefined };
  };
}
