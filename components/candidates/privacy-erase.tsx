"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/** `openApplications`: how many of their applications are still before a trial (erasing withdraws them). */
type Props = { action: FormAction; candidateId: number; version: number; name: string; openApplications: number };

/**
 * "Erase personal data…": a dialog that asks for the candidate's name, typed, before the server
 * anonymises them. The server checks the name too; this only spares a wrong click.
 */
export function PrivacyErase({ erasedOn, ...props }: Props & { erasedOn?: string }) {
  const [open, setOpen] = useState(false);
  // One component before and after: the form outlives the refresh that shows the erasure, so its
  // success still reaches the toast.
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {erasedOn ? (
        <p className="text-muted">Personal data erased on {erasedOn}.</p>
      ) : (
        <DialogTrigger asChild>
          <Button variant="danger">Erase personal data…</Button>
        </DialogTrigger>
      )}
      {open ? <EraseForm {...props} onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function EraseForm({ action, candidateId, version, name, openApplications, onDone }: Props & { onDone: () => void }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  return (
    <DialogContent
      title={`Erase ${name}'s personal data?`}
      description={`Their profile, contact details, skills, résumé, notes, and what was written about them in scorecards, references and check-ins are removed for good. Their applications, stages and scores stay, anonymised, for the pipeline's figures.${
        openApplications
          ? ` ${openApplications === 1 ? "Their 1 application" : `Their ${openApplications} applications`} still before a trial ${openApplications === 1 ? "is" : "are"} withdrawn.`
          : ""
      }`}
    >
      <form action={formAction} key={formKey} className="space-y-3" noValidate>
        <FormMessage state={state} name="Erase status" />
        <input type="hidden" name="candidateId" value={candidateId} />
        <input type="hidden" name="version" value={version} />
        <TextField
          label="Type the candidate's name to confirm"
          name="confirmName"
          id="erase-confirm-name"
          autoComplete="off"
          defaultValue={values.confirmName}
          error={errors.confirmName}
          hint={name}
          autoFocus
        />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" variant="danger" pending={pending}>
            {pending ? "Erasing…" : "Erase for good"}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
