"use client";

import { useRef, useState } from "react";
import { useFocusFirstError } from "@/components/ui/focus-first-error";
import type { MoveDialogProps } from "./types";

/**
 * What every move dialog's form keeps: its field errors — from its own check before sending, or
 * from the server's refusal, which leaves the dialog open with everything typed — and focus on the
 * first of them.
 */
export function useMoveForm({ refusal }: Pick<MoveDialogProps, "refusal">) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A new refusal replaces the errors shown (set while rendering: React's way to follow a prop).
  const [seen, setSeen] = useState(refusal);
  if (refusal !== seen) {
    setSeen(refusal);
    if (refusal) setErrors(refusal.fieldErrors);
  }
  useFocusFirstError(errors, formRef);
  return { formRef, errors, setErrors };
}
