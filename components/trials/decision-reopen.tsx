"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { toastFirst } from "@/components/ui/toast-first";
import { CLIENT_SEES } from "./decision-form";

type Props = { trial: { id: number; version: number; candidateName: string }; action: FormAction };

/**
 * An admin undoes a recorded decision: the candidate goes back to Trial. Asks why (the earlier
 * decision and the reason stay on the trial page, and it is audited).
 */
export function DecisionReopen(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">Reopen decision…</Button>
      </DialogTrigger>
      {open ? <ReopenForm {...props} /> : null}
    </Dialog>
  );
}

function ReopenForm({ trial, action }: Props) {
  // A success re-renders the card without this form (the decision is gone), which closes the dialog.
  const { state, formAction, pending, values, errors, formKey } = useFormAction(useMemo(() => toastFirst(action), [action]));
  return (
    <DialogContent
      title="Reopen this decision?"
      description={`${trial.candidateName} goes back to Trial and the decision is cleared; it stays on this page as an earlier decision, with your reason.`}
    >
      <form action={formAction} key={formKey} className="space-y-3" noValidate>
        <FormMessage state={state} name="Reopen status" />
        <input type="hidden" name="trialId" value={trial.id} />
        <input type="hidden" name="version" value={trial.version} />
        <TextArea
          label="Why reopen it?"
          name="reason"
          id={`reopen-reason-${trial.id}`}
          rows={3}
          defaultValue={values.reason}
          error={errors.reason}
          hint={CLIENT_SEES}
          required
          autoFocus
        />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" pending={pending}>
            Reopen decision
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
