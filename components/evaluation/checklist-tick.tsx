"use client";

import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { toastFirst } from "@/components/ui/toast-first";

type Props = { action: FormAction; applicationId: number; item: string };

/**
 * An item's control: "Tick" (a dialog asking for the evidence, checked by the server: 3–500
 * characters) or, once ticked, "Untick". One component either way, so the dialog's form outlives
 * the refresh that shows the tick and can still say so in a toast.
 */
export function ChecklistControl({
  tick,
  untick,
  tickedAt,
  applicationId,
  item,
}: Omit<Props, "action"> & {
  tick: FormAction;
  untick: FormAction;
  /** The tick's time (ms), when ticked: the untick names the tick it removes. */ tickedAt: number | null;
}) {
  const ticked = tickedAt !== null;
  const [open, setOpen] = useState(false);
  // Ticking swaps "Tick" for "Untick" and back: focus moves to the control that is now there,
  // rather than falling to the page's top with the one that went.
  const tickRef = useRef<HTMLButtonElement>(null);
  const untickRef = useRef<HTMLButtonElement>(null);
  const shown = () => (ticked ? untickRef : tickRef).current;
  const wasTicked = useRef(ticked);
  useEffect(() => {
    if (wasTicked.current === ticked) return;
    wasTicked.current = ticked;
    if (!document.activeElement || document.activeElement === document.body) shown()?.focus();
  });
  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        {ticked ? null : (
          <DialogTrigger asChild>
            <Button ref={tickRef} size="sm" variant="secondary" aria-label={`Tick ${item}`}>
              Tick
            </Button>
          </DialogTrigger>
        )}
        {open ? (
          <TickForm
            action={tick}
            applicationId={applicationId}
            item={item}
            onDone={() => setOpen(false)}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              shown()?.focus();
            }}
          />
        ) : null}
      </Dialog>
      {tickedAt !== null ? <UntickButton action={untick} applicationId={applicationId} item={item} tickedAt={tickedAt} buttonRef={untickRef} /> : null}
    </>
  );
}

function TickForm({ action, applicationId, item, onDone, onCloseAutoFocus }: Props & { onDone: () => void; onCloseAutoFocus: (event: Event) => void }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  return (
    <DialogContent
      title={`Tick “${item}”`}
      description="Say what showed it: the interview, the work sample or the conversation, in a sentence or two."
      onCloseAutoFocus={onCloseAutoFocus}
    >
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
function UntickButton({ action, applicationId, item, tickedAt, buttonRef }: Props & { tickedAt: number; buttonRef: RefObject<HTMLButtonElement | null> }) {
  // Its success removes it (the item shows "Tick" again): the toast is said at once.
  const { formAction, pending } = useFormAction(
    useMemo(() => toastFirst(action), [action]),
    { failures: "toast" },
  );
  return (
    <form action={formAction}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="item" value={item} />
      <input type="hidden" name="tickedAt" value={tickedAt} />
      <Button ref={buttonRef} type="submit" size="sm" variant="ghost" pending={pending} aria-label={`Untick ${item}`}>
        Untick
      </Button>
    </form>
  );
}
