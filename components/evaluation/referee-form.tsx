"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Referee = { id: number; name: string; relationship: string; company: string | null; email: string | null; phone: string | null; version: number };
type Props = { action: FormAction } & ({ applicationId: number; referee?: undefined } | { referee: Referee; applicationId?: undefined });

/** Adds a referee (given `applicationId`) or edits one (given `referee`, at the version shown). */
export function RefereeDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const editing = props.referee;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {editing ? (
          <Button size="sm" variant="ghost" aria-label={`Edit ${editing.name}`}>
            Edit
          </Button>
        ) : (
          <Button size="sm" variant="secondary">
            Add referee
          </Button>
        )}
      </DialogTrigger>
      {open ? <RefereeForm {...props} onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function RefereeForm({ action, applicationId, referee, onDone }: Props & { onDone: () => void }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  // After a failure the form shows what was typed (values is empty until then); before, the referee's saved details.
  const value = (name: keyof Referee & string) => values[name] ?? (referee ? String(referee[name] ?? "") : undefined);
  return (
    <DialogContent
      title={referee ? `Edit ${referee.name}` : "Add referee"}
      description="Someone who shipped and scaled with the candidate. An email or a phone number is needed."
    >
      <form action={formAction} key={formKey} className="space-y-3" noValidate>
        <FormMessage state={state} name="Referee form status" />
        {referee ? (
          <>
            <input type="hidden" name="referenceId" value={referee.id} />
            <input type="hidden" name="version" value={referee.version} />
          </>
        ) : (
          <input type="hidden" name="applicationId" value={applicationId} />
        )}
        <TextField label="Referee name" name="name" id="referee-name" defaultValue={value("name")} error={errors.name} autoFocus />
        <TextField
          label="Relationship"
          name="relationship"
          id="referee-relationship"
          defaultValue={value("relationship")}
          error={errors.relationship}
          hint="e.g. Their manager at Acme, 2021–2024"
        />
        <TextField label="Company" name="company" id="referee-company" defaultValue={value("company")} error={errors.company} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="Email" name="email" id="referee-email" type="email" defaultValue={value("email")} error={errors.email} />
          <TextField label="Phone" name="phone" id="referee-phone" type="tel" defaultValue={value("phone")} error={errors.phone} />
        </div>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" pending={pending}>
            {referee ? "Save referee" : "Add referee"}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

/** Removes a referee not yet called (the server refuses once the call is recorded). */
export function RemoveRefereeButton({ action, referee }: { action: FormAction; referee: Referee }) {
  const { formAction, pending } = useFormAction(action, { failures: "toast" });
  return (
    <form action={formAction}>
      <input type="hidden" name="referenceId" value={referee.id} />
      <input type="hidden" name="version" value={referee.version} />
      <Button type="submit" size="sm" variant="ghost" pending={pending} aria-label={`Remove ${referee.name}`}>
        Remove
      </Button>
    </form>
  );
}
