"use client";

import { useEffect, useRef, useState } from "react";
import { checkInput, rejectInputSchema } from "@/lib/pipeline/transition-inputs";
import { rejectionReasons } from "@/lib/pipeline/stages";
import type { MoveDialogProps } from "./types";

/** Asks why before rejecting: a reason from the list, plus free text (required for “Other”), checked as the server checks it. */
export function RejectDialog({ names, onConfirm, onCancel }: MoveDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const title = names.length === 1 ? `Reject ${names[0]}` : `Reject ${names.length} candidates`;
  return (
    <dialog ref={dialog} aria-label={title} onCancel={onCancel} className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
      <form
        className="space-y-4 p-5"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const checked = checkInput(rejectInputSchema, { reason: data.get("reason") || undefined, note: data.get("note") ?? "" });
          if (checked.ok) onConfirm(checked.data);
          else setErrors(checked.fieldErrors);
        }}
      >
        <h2 className="text-lg font-semibold">{title}</h2>
        <div>
          <label htmlFor="reject-reason" className="mb-1 block text-sm font-medium text-slate-700">
            Reason
          </label>
          <select
            id="reject-reason"
            name="reason"
            defaultValue=""
            aria-invalid={!!errors.reason}
            aria-describedby={errors.reason ? "reject-reason-error" : undefined}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          >
            <option value="">Choose a reason…</option>
            {Object.entries(rejectionReasons).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {errors.reason ? (
            <p id="reject-reason-error" className="mt-1 text-sm text-red-600">
              {errors.reason}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="reject-note" className="mb-1 block text-sm font-medium text-slate-700">
            Details
          </label>
          <textarea
            id="reject-note"
            name="note"
            rows={3}
            aria-invalid={!!errors.note}
            aria-describedby={errors.note ? "reject-note-error" : undefined}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          {errors.note ? (
            <p id="reject-note-error" className="mt-1 text-sm text-red-600">
              {errors.note}
            </p>
          ) : null}
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onCancel} className="rounded-md border border-slate-300 px-3.5 py-2 text-sm">
            Cancel
          </button>
          <button type="submit" className="rounded-md bg-red-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-red-700">
            Reject
          </button>
        </div>
      </form>
    </dialog>
  );
}
