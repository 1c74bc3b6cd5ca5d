"use client";

import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { cn } from "@/components/ui/cn";

/**
 * The agency's switch for one application: whether its client may download the résumé. A form
 * (it works before JavaScript loads) with the application's version, so a stale page is refused.
 */
export function ResumeSharing({
  action,
  applicationId,
  version,
  shared,
  clientName,
}: {
  action: FormAction;
  applicationId: number;
  version: number;
  shared: boolean;
  clientName: string;
}) {
  const { formAction, pending } = useFormAction(action, { failures: "toast" });
  return (
    <form action={formAction} className="mt-1">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="shared" value={shared ? "false" : "true"} />
      <button
        type="submit"
        role="switch"
        aria-checked={shared}
        aria-label={`Share the résumé with ${clientName}`}
        // Not `disabled` while saving: that would drop keyboard focus to the start of the page.
        aria-disabled={pending || undefined}
        onClick={pending ? (e) => e.preventDefault() : undefined}
        className="group inline-flex items-center gap-2 text-xs text-muted aria-disabled:opacity-60"
      >
        <span className={cn("relative inline-flex h-4 w-7 shrink-0 rounded-full transition-colors", shared ? "bg-accent" : "bg-line-strong")}>
          <span className={cn("absolute top-0.5 size-3 rounded-full bg-white shadow transition-transform", shared ? "translate-x-3.5" : "translate-x-0.5")} />
        </span>
        {shared ? "Résumé shared" : "Résumé not shared"}
      </button>
    </form>
  );
}
