"use client";

import { useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { useFocusFirstError } from "@/components/ui/focus-first-error";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { toastFirst } from "@/components/ui/toast-first";
import { addDays, isCalendarDay } from "@/lib/trials/calendar";
import { END_REASON_REQUIRED, OTHER_NEEDS_NOTE, endReasonChoices, endReasonLabels, trialSpanLabel } from "@/lib/trials/labels";

type Outcome = "converted" | "extended" | "ended";
const choices: { value: Outcome; label: string }[] = [
  { value: "converted", label: "Convert to hire" },
  { value: "extended", label: "Extend" },
  { value: "ended", label: "End trial" },
];
const reasons = [{ value: "", label: "Choose a reason…" }, ...endReasonChoices.map((r) => ({ value: r, label: endReasonLabels[r] }))];

type Props = {
  trial: { id: number; version: number; startsOn: string; endsOn: string; candidateName: string };
  /** The role's seats: with every one taken, converting waits for the headcount to be raised (the server refuses it too). */
  role: { title: string; headcount: number; hired: number };
  action: FormAction;
};

/** Said under every field whose text the client's people read on the trial page. */
export const CLIENT_SEES = "The client's people see this on the trial page.";

/**
 * The decision: convert, extend or end, with the fields each needs. Converting and ending are
 * final (only an admin can reopen), so they ask for a confirmation first; extending does not.
 */
export function DecisionForm({ trial, role, action }: Props) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(useMemo(() => toastFirst(action), [action]));
  // Nothing chosen at first: the most consequential answer is not the one a stray click confirms.
  const [outcome, setOutcome] = useState<Outcome | null>((values.outcome as Outcome) || null);
  const [confirming, setConfirming] = useState(false);
  // The extension's new end as typed (null: the default, a week on), so the field can say what it makes of the trial.
  const [typedEnd, setTypedEnd] = useState<string | null>(values.endsOn ?? null);
  const newEnd = typedEnd ?? addDays(trial.endsOn, 7);
  // Each answer remounts the form; after a success (an extension: the others close the form) it
  // starts again with nothing chosen, and focus falls back to the section's heading (FocusFallback).
  const [answered, setAnswered] = useState(formKey);
  if (answered !== formKey) {
    setAnswered(formKey);
    if (state?.ok) {
      setOutcome(null);
      setTypedEnd(null);
    } else setTypedEnd(values.endsOn ?? null); // a refusal keeps what was typed
  }
  // What a final decision needs, checked before the confirmation is asked for (the server checks it
  // all again). Not the server's zod schema: that would bring the database schema into the browser.
  const [checked, setChecked] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  // The dialog has no trigger of its own: on Cancel or Escape, focus goes back to the button that asked.
  const askRef = useRef<HTMLButtonElement>(null);
  useFocusFirstError(checked, formRef);
  const formId = `decision-${trial.id}`;
  const final = outcome !== "extended";
  const full = role.hired >= role.headcount;
  const err = (field: string) => errors[field] ?? checked[field];
  const confirm = () => {
    const data = new FormData(formRef.current!);
    const missing: Record<string, string> = {};
    if (outcome === "ended" && !data.get("endReason")) missing.endReason = END_REASON_REQUIRED;
    else if (outcome === "ended" && data.get("endReason") === "other" && !String(data.get("note") ?? "").trim()) missing.note = OTHER_NEEDS_NOTE;
    setChecked(missing);
    if (Object.keys(missing).length === 0) setConfirming(true);
  };
  return (
    <form
      ref={formRef}
      key={formKey}
      id={formId}
      action={formAction}
      noValidate
      className="space-y-4"
      onSubmit={() => setConfirming(false)}
      // A field's message goes once that field changes, not when another one does.
      onChange={(e) => {
        const name = (e.target as unknown as { name?: string }).name ?? "";
        setChecked((c) => (name in c ? Object.fromEntries(Object.entries(c).filter(([k]) => k !== name)) : c));
      }}
    >
      <FormMessage state={state} name="Decision status" />
      <input type="hidden" name="trialId" value={trial.id} />
      <input type="hidden" name="version" value={trial.version} />
      <fieldset>
        <legend className="mb-1 block text-sm font-medium text-fg">Decision</legend>
        <div className="flex flex-wrap gap-4">
          {choices.map((c) => (
            <label key={c.value} className="flex items-center gap-2 text-sm text-fg">
              <input
                type="radio"
                name="outcome"
                value={c.value}
                checked={outcome === c.value}
                onChange={() => setOutcome(c.value)}
                className="size-4 accent-accent"
              />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
      {outcome === null ? (
        <p className="text-sm text-muted">Choose convert, extend or end to see what the decision needs.</p>
      ) : outcome === "converted" ? (
        <TextArea
          label="Decision note"
          name="note"
          id="decision-note"
          rows={2}
          defaultValue={values.note}
          error={err("note")}
          hint={`Optional. ${CLIENT_SEES}`}
        />
      ) : outcome === "extended" ? (
        <>
          <TextField
            label="New end date"
            name="endsOn"
            id="decision-ends-on"
            type="date"
            hint={
              isCalendarDay(newEnd) && newEnd > trial.endsOn
                ? `The trial becomes ${trialSpanLabel(trial.startsOn, newEnd)}.`
                : "The new decision day: the day after the trial's new last day."
            }
            defaultValue={newEnd}
            onChange={(e) => setTypedEnd(e.target.value)}
            error={err("endsOn")}
          />
          <TextArea
            label="Reason for extending"
            name="reason"
            id="decision-reason"
            rows={2}
            defaultValue={values.reason}
            error={err("reason")}
            hint={CLIENT_SEES}
          />
        </>
      ) : (
        <>
          <SelectField
            label="Why it ended"
            name="endReason"
            id="decision-end-reason"
            options={reasons}
            defaultValue={values.endReason ?? ""}
            error={err("endReason")}
          />
          <TextArea
            label="Details"
            name="note"
            id="decision-note"
            rows={2}
            defaultValue={values.note}
            error={err("note")}
            hint={`Required for “Other”. ${CLIENT_SEES}`}
          />
        </>
      )}
      {outcome === "converted" && full ? (
        <Callout>
          {`Every seat on ${role.title} is taken (${role.hired} of ${role.headcount} hired). Its headcount must be raised on the role's page before this trial can convert.`}
        </Callout>
      ) : outcome === null ? null : final ? (
        <Button ref={askRef} pending={pending} variant={outcome === "ended" ? "danger" : "primary"} onClick={confirm}>
          {outcome === "converted" ? "Convert to hire…" : "End trial…"}
        </Button>
      ) : (
        <Button type="submit" pending={pending}>
          Extend trial
        </Button>
      )}
      <Dialog open={confirming} onOpenChange={setConfirming}>
        {confirming ? (
          <DialogContent
            title={outcome === "converted" ? `Convert ${trial.candidateName} to a hire?` : `End ${trial.candidateName}'s trial?`}
            description={
              outcome === "converted"
                ? "The candidate moves to Hired. A decision is final unless an admin reopens it."
                : "The candidate moves to Rejected with this reason. A decision is final unless an admin reopens it."
            }
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              askRef.current?.focus();
            }}
          >
            <DialogFooter>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button type="submit" form={formId} variant={outcome === "ended" ? "danger" : "primary"}>
                {outcome === "converted" ? "Convert to hire" : "End trial"}
              </Button>
            </DialogFooter>
          </DialogContent>
        ) : null}
      </Dialog>
    </form>
  );
}
