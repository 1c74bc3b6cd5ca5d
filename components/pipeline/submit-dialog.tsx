"use client";

import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { checkInput, submitInputSchema } from "@/lib/pipeline/transition-inputs";
import { useSubmitTarget } from "./submit-target";
import type { MoveDialogProps } from "./types";
import { useMoveForm } from "./use-move-form";

/**
 * Submitting to the client: the agency decides whether the résumé goes too (unchecked by default,
 * so nothing is shared by accident), checked with the schema the server checks it with.
 */
export function SubmitForm({ onConfirm, onCancel, sending, refusal }: MoveDialogProps) {
  const client = useSubmitTarget();
  const { formRef, errors, setErrors } = useMoveForm({ refusal });
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const checked = checkInput(submitInputSchema, { shareResume: data.get("shareResume") === "on", note: data.get("note") ?? "" });
        if (checked.ok) onConfirm(checked.data);
        else setErrors(checked.fieldErrors);
      }}
    >
      <FormMessage state={refusal ?? null} name="Move status" />
      <p className="text-sm text-muted">{`${client} will see the candidate's profile (without contact details), this role's shared notes and its history from now on.`}</p>
      <label className="flex items-start gap-2.5 text-sm text-fg">
        {/* The form loads after the dialog opens, so the dialog's own first-field focus misses it. */}
        <input type="checkbox" name="shareResume" autoFocus className="mt-0.5 size-4 accent-accent" />
        <span>
          {`Share the résumé with ${client}`}
          <span className="block text-xs text-muted">Their users can then download it. You can change this later on the candidate&apos;s page.</span>
        </span>
      </label>
      <TextArea label="Note" name="note" id="submit-note" rows={2} error={errors.note} hint="Optional. Kept with the candidate's history." />
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
        <Button type="submit" pending={sending}>
          Submit
        </Button>
      </DialogFooter>
    </form>
  );
}
