"use client";

import type { FormEvent } from "react";

import { RESUME_MAX_BYTES, RESUME_TOO_BIG } from "@/lib/candidates/resume-limits";

/**
 * Stops a submit whose résumé is over the limit before it is uploaded, and says so. The server
 * checks again (size and content); this only spares the user a long upload that would be refused.
 */
export function guardResumeSize(event: FormEvent<HTMLFormElement>, onTooBig: (message: string) => void): void {
  const input = event.currentTarget.elements.namedItem("resume");
  const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
  if (file && file.size > RESUME_MAX_BYTES) {
    event.preventDefault();
    onTooBig(RESUME_TOO_BIG);
  }
}
