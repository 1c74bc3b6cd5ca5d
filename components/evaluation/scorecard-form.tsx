"use client";

import { useEffect, useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { RECOMMENDATION_REQUIRED } from "@/lib/evaluation/messages";
import { toastFirst } from "@/components/ui/toast-first";
import { useKeptUnsaved } from "./keep-unsaved";

type Choice = { value: string; label: string };

const TICKED = "redFlagsTicked";

/**
 * A failed attempt echoes the form's single values, not a list: the ticked red flags are carried
 * back here so a refused submit does not untick them.
 */
function keepTicks(action: FormAction): FormAction {
  return async (prev, form) => {
    const result = await action(prev, form);
    if (result.ok) return result;
    return { ...result, values: { ...result.values, [TICKED]: JSON.stringify(form.getAll("redFlags").map(String)) } };
  };
}

/** setTimeout's longest delay (about 24.8 days); a later start is waited for in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/** True until the instant `at` (ISO) passes, then false without a reload; always false without one. */
function useWaitUntil(at: string | undefined): boolean {
  const [waiting, setWaiting] = useState(at !== undefined);
  useEffect(() => {
    if (!at) return;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const left = new Date(at).getTime() - Date.now();
      if (left <= 0) setWaiting(false);
      else timer = setTimeout(check, Math.min(left, MAX_DELAY));
    };
    check();
    return () => clearTimeout(timer);
  }, [at]);
  return waiting;
}

type Props = {
  action: FormAction;
  interviewId: number;
  /** The version of the draft being edited; 0 when there is none yet. */
  version: number;
  /** The kit's attributes, each rated 1–4 or "not assessed". */
  attributes: Choice[];
  /** The 1–4 anchors, spelled out. */
  anchors: Choice[];
  notAssessed: string;
  redFlags: string[];
  recommendations: Choice[];
  draft?: { ratings: Partial<Record<string, number>>; redFlags: string[]; notes: string | null; recommendation: string | null };
  amendment: boolean;
  /** When the interview has not started yet: its start (ISO, and as shown), said where Submit will be; drafts save meanwhile. */
  submitOpensAt?: { at: string; label: string };
  /** What submitting opens to this viewer (another company's scorecards stay hidden from a client). */
  afterSubmit: string;
  /** Names the interviewer and the revision, for what is typed and not yet saved to be kept under (`useKeptUnsaved`). */
  keptAs: string;
};

/**
 * The viewer's own scorecard while it is a draft. "Save draft" keeps it; "Submit" asks first, since
 * a submitted scorecard is read-only (changing it later is an amendment, kept beside the original).
 */
export function ScorecardForm({
  action,
  interviewId,
  version,
  attributes,
  anchors,
  notAssessed,
  redFlags,
  recommendations,
  draft,
  amendment,
  submitOpensAt,
  afterSubmit,
  keptAs,
}: Props) {
  const { state, formAction, pending, values: v, errors: e, formKey } = useFormAction(useMemo(() => keepTicks(toastFirst(action)), [action]));
  const [confirming, setConfirming] = useState(false);
  // Asked before the confirmation, not after it: submitting needs a recommendation.
  const [missingRecommendation, setMissingRecommendation] = useState(false);
  // Nothing rated is allowed (a recommendation and notes may be all there is to say), but said before submitting.
  const [ratedNothing, setRatedNothing] = useState(false);
  const formId = useId();
  const submitWaits = useWaitUntil(submitOpensAt?.at);
  const restored = useKeptUnsaved(formId, `scorecard:${keptAs}`, state);
  const openConfirmation = (open: boolean) => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (open && form && !new FormData(form).get("recommendation")) {
      setMissingRecommendation(true);
      form.querySelector<HTMLInputElement>('input[name="recommendation"]')?.focus();
      return;
    }
    if (open && form) {
      const data = new FormData(form);
      setRatedNothing(attributes.length > 0 && attributes.every((a) => (data.get(`rating_${a.value}`) ?? notAssessed) === notAssessed));
    }
    setConfirming(open);
  };
  const recommendationError = e.recommendation ?? (missingRecommendation ? RECOMMENDATION_REQUIRED : undefined);
  const ratingOf = (attribute: string) => v[`rating_${attribute}`] ?? (draft?.ratings[attribute] ? String(draft.ratings[attribute]) : notAssessed);
  const recommendation = v.recommendation ?? draft?.recommendation ?? "";
  const ticked = new Set<string>(v[TICKED] ? (JSON.parse(v[TICKED]) as string[]) : (draft?.redFlags ?? []));

  return (
    <form
      id={formId}
      action={formAction}
      // Closing the dialog from the button's click would remove the button before it submits.
      onSubmit={() => setConfirming(false)}
      key={formKey}
      className="space-y-5"
      noValidate
      aria-label="Your scorecard"
    >
      <FormMessage state={state} name="Scorecard status" />
      {restored ? (
        <p className="rounded-md bg-accent-soft px-3 py-2 text-sm text-fg">
          Your changes not yet saved are back as you left them. Save the draft to keep them.
        </p>
      ) : null}
      <input type="hidden" name="interviewId" value={interviewId} />
      <input type="hidden" name="version" value={version} />
      {amendment ? <p className="text-sm text-muted">You are amending your submitted scorecard; it stays in place until you submit this amendment.</p> : null}

      {attributes.map((attribute) => (
        <fieldset key={attribute.value} aria-describedby={e[`rating_${attribute.value}`] ? `${formId}-${attribute.value}-error` : undefined}>
          <legend className="text-sm font-medium text-fg">{attribute.label}</legend>
          <div className="mt-1.5 grid gap-1.5 sm:grid-cols-2">
            {[...anchors, { value: notAssessed, label: "Not assessed" }].map((anchor) => (
              <label
                key={anchor.value}
                className="flex items-start gap-2 rounded-md border border-line px-2.5 py-1.5 text-sm has-checked:border-accent has-checked:bg-accent-soft"
              >
                <input
                  type="radio"
                  name={`rating_${attribute.value}`}
                  value={anchor.value}
                  defaultChecked={ratingOf(attribute.value) === anchor.value}
                  className="mt-0.5"
                />
                <span>{anchor.label}</span>
              </label>
            ))}
          </div>
          {e[`rating_${attribute.value}`] ? (
            <p id={`${formId}-${attribute.value}-error`} className="mt-1 text-xs text-danger">
              {e[`rating_${attribute.value}`]}
            </p>
          ) : null}
        </fieldset>
      ))}

      <fieldset aria-describedby={e.redFlags ? `${formId}-flags-error` : undefined}>
        <legend className="text-sm font-medium text-fg">Red flags</legend>
        <div className="mt-1.5 space-y-1">
          {redFlags.map((flag) => (
            <label key={flag} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="redFlags" value={flag} defaultChecked={ticked.has(flag)} className="mt-0.5" />
              <span>{flag}</span>
            </label>
          ))}
        </div>
        {e.redFlags ? (
          <p id={`${formId}-flags-error`} className="mt-1 text-xs text-danger">
            {e.redFlags}
          </p>
        ) : null}
      </fieldset>

      <TextArea label="Notes" name="notes" rows={5} defaultValue={v.notes ?? draft?.notes ?? ""} error={e.notes} />

      <fieldset aria-describedby={recommendationError ? `${formId}-recommendation-error` : undefined} onChange={() => setMissingRecommendation(false)}>
        <legend className="text-sm font-medium text-fg">Recommendation</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          {recommendations.map((r) => (
            <label
              key={r.value}
              className="flex items-center gap-2 rounded-md border border-line px-2.5 py-1.5 text-sm has-checked:border-accent has-checked:bg-accent-soft"
            >
              <input type="radio" name="recommendation" value={r.value} defaultChecked={recommendation === r.value} />
              {r.label}
            </label>
          ))}
        </div>
        {recommendationError ? (
          <p id={`${formId}-recommendation-error`} className="mt-1 text-xs text-danger">
            {recommendationError}
          </p>
        ) : (
          <p className="mt-1 text-xs text-muted">Required to submit.</p>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="draft" variant="secondary" pending={pending}>
          {pending ? "Saving…" : "Save draft"}
        </Button>
        {submitOpensAt && submitWaits ? (
          <p className="self-center text-sm text-muted">You can submit once the interview has started ({submitOpensAt.label}).</p>
        ) : (
          <Dialog open={confirming} onOpenChange={openConfirmation}>
            <DialogTrigger asChild>
              <Button pending={pending}>Submit</Button>
            </DialogTrigger>
            <DialogContent
              title="Submit your scorecard?"
              description={`${ratedNothing ? "You rated no attribute: only your recommendation and notes will count. " : ""}A submitted scorecard is read-only: to change it later you amend it, and the original is kept. ${afterSubmit}`}
            >
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="secondary">Keep editing</Button>
                </DialogClose>
                {/* Submits the form above (the dialog renders outside it) with intent=submit. */}
                <Button type="submit" form={formId} name="intent" value="submit">
                  Submit scorecard
                </Button>
              </DialogFooter>
            </DialogContent>
          </Dialog>
        )}
      </div>
    </form>
  );
}
