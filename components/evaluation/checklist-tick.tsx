"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = { action: FormAction; applicationId: number; item: string };

/**
 * An item's control: "Tick" (a dialog asking for the evidence, checked by the server: 3–500
 * characters) or, once ticked, "Untick". One component either way, so the dialog's form outlives
 * the refresh that shows the tick and can still say so in a toast.
 */
export function ChecklistControl({
  tick,
  untick,
  ticked,
  applicationId,
  item,
}: Omit<Props, "action"> & { tick: FormAction; untick: FormAction; ticked: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        {ticked ? null : (
          <DialogTrigger asChild>
            <Button size="sm" variant="secondary" aria-label={`Tick ${item}`}>
              Tick
            </Button>
          </DialogTrigger>
        )}
        {open ? <TickForm action={tick} applicationId={applicationId} item={item} onDone={() => setOpen(false)} /> : null}
      </Dialog>
      {ticked ? <UntickButton action={untick} applicationId={applicationId} item={item} /> : null}
    </>
  );
}

function TickForm({ action, applicationId, item, onDone }: Props & { onDone: () => void }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  return (
    <DialogContent title={`Tick “${item}”`} description="Say what showed it: the interview, the work sample or the conversation, in a sentence or two.">
      <form action={formAction} key={formKey} className="space-y-3" noValidate>
        <FormMessage state={state} name="Tick status" />
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="item" value={item} />
        <TextArea label="Evidence" name="evidence" id="tick-evidence" rows={3} defaultValue={values.evidence} error={errors.evidence} autoFocus />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" pending={pending}>
            {pending ? "Ticking…" : "Tick item"}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

/** Unticking keeps the evidence in the audit log; the item goes back to not ticked. */
function UntickButton({ action, applicationId, item }: Props) {
  const { formAction, pending } = useFormAction(action, { failures: "toast" });
  return (
    <form action={formAction}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="item" value={item} />
      <Button type="submit" size="sm" variant="ghost" pending={pending} aria-label={`Untick ${item}`}>
        Untick
      </Button>
    </form>
  );
}
