"use client";

import { toast } from "@/components/ui/toaster";
import type { FormAction } from "@/components/ui/use-form-action";

/**
 * The action with its success told at once. Submitting or amending a scorecard swaps the form for
 * another view in the same refresh, so the form would unmount before useFormAction's toast.
 */
export function toastFirst(action: FormAction): FormAction {
  return async (prev, form) => {
    const result = await action(prev, form);
    if (!result.ok || !result.message) return result;
    toast.success(result.message);
    return { ...result, message: undefined };
  };
}
