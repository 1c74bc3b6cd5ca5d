"use client";

import { useEffect, useRef, useState } from "react";

/** Asks why before rejecting: a reason from the list, plus free text (required for “Other”). */
export function RejectDialog({
  names,
  reasons,
  onConfirm,
  onCancel,
}: {
  names: string[];
  reasons: Record<string, string>;
  onConfirm: (reason: string, note: string) => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const title = names.length === 1 ? `Reject ${names[0]}` : `Reject ${names.length} candidates`;
  return (
    <dialog ref={dialog} aria-label={title} onCancel={onCancel} className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
      <form
        className="space-y-4 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const reason = String(data.get("reason") ?? "");
          const note = String(data.get("note") ?? "").trim();
          if (!reason) return setError("Choose a reason for rejecting");
          if (reason === "other" && !note) return setError("Say why, for “Other”");
          onConfirm(reason, note);
        }}
      >
        <h2 className="text-lg font-semibold">{title}</h2>
        <div>
          <label htmlFor="reject-reason" className="mb-1 block text-sm font-medium text-slate-700">
            Reason
          </label>
          <select id="reject-reason" name="reason" defaultValue="" className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm">
            <option value="">Choose a reason…</option>
            {Object.entries(reasons).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="reject-note" className="mb-1 block text-sm font-medium text-slate-700">
            Details
          </label>
          <textarea id="reject-note" name="note" rows={3} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        {error ? <p className="text-sm text-red-600">{error}</p> : null}
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
