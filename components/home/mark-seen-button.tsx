"use client";

import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { toastFirst } from "@/components/ui/toast-first";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/**
 * "Mark as seen" for the client moves: sends the time the list was drawn, so a move that arrives
 * while the recruiter reads stays unseen. The list (and this button) empties in the same response,
 * so the success is toasted as it arrives; a failure (a conflict from another tab) is toasted too.
 */
export function MarkSeenButton({ action, version, shownAt }: { action: FormAction; version: number; shownAt: number }) {
  const { formAction, pending } = useFormAction(
    useMemo(() => toastFirst(action), [action]),
    { failures: "toast" },
  );
  return (
    <form action={formAction}>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="shownAt" value={shownAt} />
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {pending ? "Marking…" : "Mark as seen"}
      </Button>
    </form>
  );
}
