"use client";

import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { SelectField, TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { checkInput, rejectInputSchema } from "@/lib/pipeline/transition-inputs";
import { chosenRejectionReasons, rejectionReasons } from "@/lib/pipeline/stages";
import type { MoveDialogProps } from "./types";
import { useMoveForm } from "./use-move-form";

const reasons = [{ value: "", label: "Choose a reason…" }, ...chosenRejectionReasons.map((value) => ({ value, label: rejectionReasons[value] }))];

/** Asks why before rejecting: a reason from the list, plus free text (required for “Other”), checked as the server checks it. */
export function RejectForm({ onConfirm, onCancel, sending, refusal }: MoveDialogProps) {
  const { formRef, errors, setErrors } = useMoveForm({ refusal });
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const checked = checkInput(rejectInputSchema, { reason: data.get("reason") || undefined, note: data.get("note") ?? "" });
        if (checked.ok) onConfirm(checked.data);
        else setErrors(checked.fieldErrors);
      }}
    >
      <FormMessage state={refusal ?? null} name="Move status" />
      {/* The form loads after the dialog opens, so the dialog's own first-field focus misses it. */}
      <SelectField label="Reason" name="reason" id="reject-reason" defaultValue="" error={errors.reason} options={reasons} autoFocus />
      <TextArea label="Details" name="note" id="reject-note" rows={3} error={errors.note} hint="Required for “Other”. Kept with the candidate's history." />
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={sending}>
          Reject
        </Button>
      </DialogFooter>
    </form>
  );
}
