"use client";

import { Button } from "@/components/ui/button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = { action: FormAction; interviewId: number; version: number; label: string; started: boolean };

function StatusButton({ action, interviewId, version, status, children, label }: Omit<Props, "started"> & { status: string; children: string }) {
  const { formAction, pending } = useFormAction(action, { failures: "toast" });
  return (
    <form action={formAction}>
      <input type="hidden" name="interviewId" value={interviewId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value={status} />
      <Button type="submit" size="sm" variant={status === "canceled" ? "danger" : "secondary"} disabled={pending} aria-label={`${children}: ${label}`}>
        {children}
      </Button>
    </form>
  );
}

/** The agency's ways to close a scheduled interview. Completed and no-show only once it has started. */
export function InterviewStatusActions({ started, ...props }: Props) {
  return (
    <div className="flex flex-wrap gap-2">
      {started ? (
        <>
          <StatusButton {...props} status="completed">
            Mark completed
          </StatusButton>
          <StatusButton {...props} status="no_show">
            No-show
          </StatusButton>
        </>
      ) : null}
      <StatusButton {...props} status="canceled">
        Cancel interview
      </StatusButton>
    </div>
  );
}
