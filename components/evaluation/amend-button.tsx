"use client";

import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { toastFirst } from "@/components/ui/toast-first";

/** Opens an amendment of the viewer's submitted scorecard (a new draft revision; the original stays). */
export function AmendButton({ action, scorecardId, version }: { action: FormAction; scorecardId: number; version: number }) {
  const { formAction, pending } = useFormAction(
    useMemo(() => toastFirst(action), [action]),
    { failures: "toast" },
  );
  return (
    <form action={formAction}>
      <input type="hidden" name="scorecardId" value={scorecardId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" size="sm" variant="secondary" pending={pending}>
        Amend
      </Button>
    </form>
  );
}
