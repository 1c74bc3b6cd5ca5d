"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { toastFirst } from "@/components/ui/toast-first";

/** An admin undoes a recorded decision (audited): the candidate goes back to Trial. Asks first. */
export function DecisionReopen({ trial, action }: { trial: { id: number; version: number; candidateName: string }; action: FormAction }) {
  const { state, formAction, pending } = useFormAction(useMemo(() => toastFirst(action), [action]));
  const [open, setOpen] = useState(false);
  const formId = `reopen-${trial.id}`;
  return (
    <form id={formId} action={formAction} onSubmit={() => setOpen(false)} className="space-y-3">
      <FormMessage state={state} name="Reopen status" />
      <input type="hidden" name="trialId" value={trial.id} />
      <input type="hidden" name="version" value={trial.version} />
      <Button variant="secondary" pending={pending} onClick={() => setOpen(true)}>
        Reopen decision…
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        {open ? (
          <DialogContent title="Reopen this decision?" description={`${trial.candidateName} goes back to Trial and the decision is cleared. This is audited.`}>
            <DialogFooter>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" form={formId}>
                Reopen decision
              </Button>
            </DialogFooter>
          </DialogContent>
        ) : null}
      </Dialog>
    </form>
  );
}
