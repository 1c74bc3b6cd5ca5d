"use client";

import { useEffect, useState, type Dispatch, type SetStateAction } from "react";
import type { ServerAction } from "@/lib/action-types";

export type InterviewerOption = { id: number; name: string; company: string; agency: boolean };

/** The server action that lists who may interview on an application: the page (app/) provides it; components never import app/. */
export type LoadInterviewers = ServerAction<{ applicationId: number }, InterviewerOption[]>;

type Props = {
  /** Loaded only while the dialog is open: every application page would otherwise carry the agency's whole roster. */
  open: boolean;
  applicationId: number;
  load: LoadInterviewers;
  chosen: number[];
  setChosen: Dispatch<SetStateAction<number[]>>;
  error?: string;
  hint: string;
};

/**
 * The interviewers of the scheduling form, ticked from the people who may interview on the
 * application (the agency's, and the client's hiring managers once the candidate is submitted).
 * The list is asked for each time the dialog opens, so it is never older than the dialog; the
 * last one stays shown meanwhile.
 */
export function InterviewerPicker({ open, applicationId, load, chosen, setChosen, error, hint }: Props) {
  const [people, setPeople] = useState<InterviewerOption[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void load(null, { applicationId }).then(
      (result) => {
        if (!live) return;
        if (result.ok && result.data) {
          setPeople(result.data);
          setLoadError(null);
        } else setLoadError(result.ok ? "Could not load the interviewers." : result.message);
      },
      () => live && setLoadError("Could not load the interviewers. Check your connection and open the form again."),
    );
    return () => {
      live = false;
    };
  }, [open, applicationId, load]);

  return (
    <fieldset aria-describedby={error ? "interviewers-error" : "interviewers-hint"} aria-busy={people ? undefined : true}>
      <legend className="mb-1 text-sm font-medium text-fg">Interviewers</legend>
      <div className="max-h-48 space-y-1 overflow-y-auto rounded-md border border-line-strong p-2">
        {people ? (
          people.map((p) => (
            <label key={p.id} className="flex items-center gap-2 text-sm text-fg">
              <input
                type="checkbox"
                name="interviewerIds"
                value={p.id}
                checked={chosen.includes(p.id)}
                onChange={(ev) => setChosen((c) => (ev.target.checked ? [...c, p.id] : c.filter((id) => id !== p.id)))}
                className="size-4 accent-accent"
              />
              {p.name}
              <span className="text-xs text-muted">{p.agency ? p.company : `Hiring manager, ${p.company}`}</span>
            </label>
          ))
        ) : (
          <>
            {/* Until the list arrives the form still carries who is ticked (yourself, or the interview's people). */}
            {chosen.map((id) => (
              <input key={id} type="hidden" name="interviewerIds" value={id} />
            ))}
            {loadError ? null : <p className="text-sm text-muted">Loading interviewers…</p>}
          </>
        )}
        {loadError ? (
          <p role="alert" className="text-sm text-danger">
            {loadError}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id="interviewers-error" className="mt-1 text-xs text-danger">
          {error}
        </p>
      ) : (
        <p id="interviewers-hint" className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
