"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { toastFirst } from "@/components/ui/toast-first";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = { action: FormAction; interviewId: number; version: number; label: string; started: boolean };
type StatusProps = Omit<Props, "started"> & { status: "completed" | "no_show" | "canceled"; children: string; onDone?: () => void };

function StatusForm({ action, interviewId, version, status, children, label, onDone }: StatusProps) {
  // Told at once: the closed interview's buttons (and the dialog) are gone in the same refresh.
  const { formAction, pending } = useFormAction(
    toastFirst(async (prev, form) => {
      const result = await action(prev, form);
      if (result.ok) onDone?.();
      return result;
    }),
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

/** Canceling or a no-show asks first: neither can be undone (schedule a new interview instead). */
function ConfirmedStatus({ status, ...props }: Omit<Props, "started"> & { status: "canceled" | "no_show" }) {
  const [open, setOpen] = useState(false);
  const text =
    status === "canceled"
      ? {
          button: "Cancel interview",
          title: "Cancel this interview?",
          about: "It cannot be reopened; its calendar file will say it is canceled, for interviewers to download again.",
          keep: "Keep it",
        }
      : {
          button: "No-show",
          title: "The candidate did not come?",
          about: "It cannot be reopened, and no scorecard is due for it. Refused once a scorecard has been submitted for it: it took place.",
          keep: "Go back",
        };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant={status === "canceled" ? "danger" : "secondary"} aria-label={`${text.button}: ${props.label}`}>
          {text.button}
        </Button>
      </DialogTrigger>
      <DialogContent title={text.title} description={`${props.label}. ${text.about}`}>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">{text.keep}</Button>
          </DialogClose>
          <StatusForm {...props} status={status} onDone={() => setOpen(false)}>
            {status === "canceled" ? "Cancel interview" : "Mark as a no-show"}
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
          <ConfirmedStatus {...props} status="no_show" />
        </>
      ) : null}
      <ConfirmedStatus {...props} status="canceled" />
    </div>
  );
}
