"use client";

import { useEffect, useRef } from "react";
import { toast } from "@/components/ui/toaster";
import type { ActionState } from "@/lib/action-types";

/**
 * Answers a form's outcome with a toast: a success says so, a failure with no field to point at
 * says why. Field errors stay next to their fields. Once per result.
 */
export function useResultToast(state: ActionState) {
  const shown = useRef<ActionState>(null);
  useEffect(() => {
    if (!state || shown.current === state) return;
    shown.current = state;
    if (state.ok) {
      if (state.message) toast.success(state.message);
    } else if (Object.keys(state.fieldErrors ?? {}).length === 0) {
      toast.error(state.message);
    }
  }, [state]);
}
