"use client";

import { toast } from "@/components/ui/toaster";
import type { FormAction } from "@/components/ui/use-form-action";

/**
 * Tells a decision's success at once: a recorded decision replaces the form that sent it (the page
 * re-renders in the same response), so useFormAction's own success toast would never run. The
 * message is taken off the result so a form that stays (an extension) does not tell it twice.
 */
export function toastingSuccess(action: FormAction): FormAction {
  return async (prev, form) => {
    const result = await action(prev, form);
    if (!result.ok) return result;
    if (result.message) toast.success(result.message);
    return { ...result, message: undefined };
  };
}
