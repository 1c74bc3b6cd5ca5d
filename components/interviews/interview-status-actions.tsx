"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = { action: FormAction; interviewId: number; version: number; label: string; started: boolean };
type StatusProps = Omit<Props, "started"> & { status: "completed" | "no_show" | "canceled"; children: string; onDone?: () => void };

function StatusForm({ action, interviewId, version, status, children, label, onDone }: StatusProps) {
  const { formAction, pending } = useFormAction(
    async (prev, form) => {
      const result = await action(prev, form);
      if (result.ok) onDone?.();
      return result;
    },
    { failures: "toast" },
  );
  return (
    <form action={formAction}>
      <input type="hidden" name="interviewId" value={interviewId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value={status} />
      <Button type="submit" size="sm" variant={status === "canceled" ? "danger" : "secondary"} pending={pending} aria-label={`${children}: ${label}`}>
        {children}
      </Button>
    </form>
  );
}

/** Canceling asks first: it cannot be undone (schedule a new interview instead). */
function CancelInterview(props: Omit<Props, "started">) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="danger" aria-label={`Cancel interview: ${props.label}`}>
          Cancel interview
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Cancel this interview?"
        description={`${props.label}. It cannot be reopened; its calendar file will say it is canceled, for interviewers to download again.`}
      >
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Keep it</Button>
          </DialogClose>
          <StatusForm {...props} status="canceled" onDone={() => setOpen(false)}>
            Cancel interview
          </StatusForm>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** The agency's ways to close a scheduled interview. Completed and no-show only once it has started. */
export function InterviewStatusActions({ started, ...props }: Props) {
  return (
    <div className="flex flex-wrap gap-2">
      {started ? (
        <>
          <StatusForm {...props} status="completed">
            Mark completed
          </StatusForm>
          <StatusForm {...props} status="no_show">
            No-show
          </StatusForm>
        </>
      ) : null}
      <CancelInterview {...props} />
    </div>
  );
}
