"use client";

import { useEffect, useState, type Dispatch, type SetStateAction } from "react";
import type { ServerAction } from "@/lib/action-types";

export type InterviewerOption = { id: number; name: string; company: string; agency: boolean };

/** The server action that lists who may interview on an application: the page (app/) provides it; components never import app/. */
export type LoadInterviewers = ServerAction<{ applicationId: number }, InterviewerOption[]>;

/** Who may interview, or why they could not be listed; `people` is null until the first answer. */
export type Interviewers = { people: InterviewerOption[] | null; loadError: string | null };

/**
 * The people who may interview on the application, asked for each time the dialog opens (so the
 * list is never older than the dialog) rather than sent with every application page, which would
 * carry the agency's whole roster. Kept by the dialog's owner, outside the form that remounts
 * after each answer: the last list stays shown while the next one comes.
 */
export function useInterviewers(open: boolean, applicationId: number, load: LoadInterviewers): Interviewers {
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
  return { people, loadError };
}

type Props = {
  interviewers: Interviewers;
  chosen: number[];
  setChosen: Dispatch<SetStateAction<number[]>>;
  error?: string;
  hint: string;
};

/**
 * The interviewers of the scheduling form, ticked from the people who may interview on the
 * application (the agency's, and the client's hiring managers once the candidate is submitted).
 * Until the list has come the form cannot be sent (its Save waits on `people`).
 */
export function InterviewerPicker({ interviewers: { people, loadError }, chosen, setChosen, error, hint }: Props) {
  return (
    <>
      <fieldset aria-describedby={error ? "interviewers-error" : "interviewers-hint"} aria-busy={!people && !loadError ? true : undefined}>
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
                  aria-invalid={error ? true : undefined}
                  className="size-4 accent-accent"
                />
                {p.name}
                <span className="text-xs text-muted">{p.agency ? p.company : `Hiring manager, ${p.company}`}</span>
              </label>
            ))
          ) : (
            <p className="text-sm text-muted">{loadError ? "Not available." : "Loading interviewers…"}</p>
          )}
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
      {loadError ? (
        <p role="alert" className="text-sm text-danger">
          {loadError}
        </p>
      ) : null}
    </>
  );
}
