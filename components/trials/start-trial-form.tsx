"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { DialogFooter } from "@/components/ui/dialog";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { MoveDialogProps } from "@/components/pipeline/types";
import { useMoveForm } from "@/components/pipeline/use-move-form";
import { checkInput, startTrialInputSchema, suggestedTrialMetrics, trialMetricSchema } from "@/lib/pipeline/transition-inputs";
import { z } from "zod";
import { yearAhead } from "@/lib/calendar";
import { possessive } from "@/lib/labels";
import { addDays, isCalendarDay } from "@/lib/trials/calendar";
import { TRIAL_OVER, trialSpanLabel } from "@/lib/trials/labels";
import type { StartTrialOptions } from "@/lib/trials/start";
import { useLoadTrialOptions } from "./start-trial-context";

const TRIAL_DAYS = 14;
const lines = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The trial's plan, asked for when a card moves from Offer to Trial: the move happens only when
 * this is saved. Its choices (people) load when it opens; it is checked with the schema the
 * server checks it with, so a mistake is shown next to its field before anything is sent.
 */
export function StartTrialForm({ applicationIds, onConfirm, onCancel, sending, refusal }: MoveDialogProps) {
  const loadOptions = useLoadTrialOptions();
  const [options, setOptions] = useState<StartTrialOptions | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { formRef, errors, setErrors } = useMoveForm({ refusal });
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  // The end follows the start (two weeks after it) until the end is chosen by hand.
  const [endChosen, setEndChosen] = useState(false);
  const applicationId = applicationIds[0];

  useEffect(() => {
    if (!loadOptions || applicationId === undefined) return;
    let live = true;
    void loadOptions(null, { applicationId }).then((result) => {
      if (!live) return;
      if (result.ok && result.data) {
        setOptions(result.data);
        // The defaults fill empty dates only: the choices load again when the page's data is
        // refreshed (a refused start can bring new data), and dates typed meanwhile stay.
        const { defaults } = result.data;
        setStartsOn((typed) => typed || defaults.startsOn);
        setEndsOn((typed) => typed || defaults.endsOn);
      } else setLoadError(result.ok ? "Could not load the form." : result.message);
    });
    return () => {
      live = false;
    };
  }, [loadOptions, applicationId]);

  if (loadError || !loadOptions || !options) {
    return (
      <>
        {loadError || !loadOptions ? (
          <p className="text-sm text-danger">{loadError ?? "Starting a trial is not available here."}</p>
        ) : (
          <p className="text-sm text-muted">Loading…</p>
        )}
        <DialogFooter>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </DialogFooter>
      </>
    );
  }

  const owners = [{ value: "", label: "Choose…" }, ...options.owners.map((p) => ({ value: String(p.id), label: p.name }))];
  const buddies = [{ value: "", label: "No buddy" }, ...options.buddies.map((p) => ({ value: String(p.id), label: p.name }))];
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const checked = checkInput(startTrialInputSchema, {
          startsOn,
          endsOn,
          onboardingOwnerId: data.get("onboardingOwnerId") ? Number(data.get("onboardingOwnerId")) : undefined,
          buddyId: data.get("buddyId") ? Number(data.get("buddyId")) : null,
          overlapHours: data.get("overlapHours") ?? "",
          dayOneScope: data.get("dayOneScope") ?? "",
          metrics: [...data.getAll("metric").map(String), ...lines(data.get("otherMetrics"))],
          weekOneGoals: lines(data.get("weekOneGoals")),
          weekTwoGoals: lines(data.get("weekTwoGoals")),
        });
        // A written metric's mistake is shown under the box it was written in, not under the ticks.
        const written = checkInput(z.object({ otherMetrics: z.array(trialMetricSchema) }), { otherMetrics: lines(data.get("otherMetrics")) });
        if (checked.ok && checked.data.endsOn <= options.today) setErrors({ startsOn: TRIAL_OVER });
        else if (checked.ok) onConfirm(checked.data);
        else if (!written.ok && checked.fieldErrors.metrics) {
          const { metrics: _ticked, ...rest } = checked.fieldErrors;
          setErrors({ ...rest, ...written.fieldErrors });
        } else setErrors(checked.fieldErrors);
      }}
    >
      <FormMessage state={refusal ?? null} name="Start trial status" />
      <p className="text-sm text-muted">{`Dates are in ${possessive(options.clientName)} time zone (${options.clientTimezone}).`}</p>
      {options.role.hired >= options.role.headcount ? (
        <Callout>
          {`Every seat on ${options.role.title} is taken (${options.role.hired} of ${options.role.headcount} hired). The trial can start, but to convert it the role's headcount must be raised first.`}
        </Callout>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Start date"
          name="startsOn"
          id="trial-starts-on"
          type="date"
          max={yearAhead()}
          value={startsOn}
          autoFocus
          onChange={(e) => {
            // A start being retyped is empty on the way: only a whole date moves the end.
            const next = e.target.value;
            if (!endChosen && isCalendarDay(next)) setEndsOn(addDays(next, TRIAL_DAYS));
            setStartsOn(next);
          }}
          error={errors.startsOn}
        />
        <TextField
          label="End date"
          name="endsOn"
          id="trial-ends-on"
          type="date"
          hint={
            isCalendarDay(startsOn) && isCalendarDay(endsOn) && endsOn > startsOn
              ? trialSpanLabel(startsOn, endsOn)
              : "The decision day: the day after the trial's last day."
          }
          value={endsOn}
          onChange={(e) => {
            setEndChosen(true);
            setEndsOn(e.target.value);
          }}
          error={errors.endsOn}
        />
        <SelectField
          label="Onboarding owner"
          name="onboardingOwnerId"
          id="trial-owner"
          options={owners}
          defaultValue={options.defaults.onboardingOwnerId ? String(options.defaults.onboardingOwnerId) : ""}
          error={errors.onboardingOwnerId}
        />
        <SelectField
          label="Client's buddy"
          name="buddyId"
          id="trial-buddy"
          options={buddies}
          defaultValue={options.defaults.buddyId ? String(options.defaults.buddyId) : ""}
          error={errors.buddyId}
          hint="Optional: a hiring manager of the client."
        />
      </div>
      <TextField
        label="Daily overlap"
        name="overlapHours"
        id="trial-overlap"
        defaultValue={options.defaults.overlapHours}
        placeholder="14:00–17:00 in the client's time zone"
        error={errors.overlapHours}
      />
      <TextArea label="Day-one scope" name="dayOneScope" id="trial-scope" rows={3} error={errors.dayOneScope} />
      <fieldset aria-describedby={errors.metrics ? "trial-metrics-error" : undefined}>
        <legend className="mb-1 block text-sm font-medium text-fg">Success metrics</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {suggestedTrialMetrics.map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm text-fg">
              <input type="checkbox" name="metric" value={m} className="size-4 accent-accent" />
              {m}
            </label>
          ))}
        </div>
        {errors.metrics ? (
          <p id="trial-metrics-error" className="mt-1 text-xs text-danger">
            {errors.metrics}
          </p>
        ) : null}
      </fieldset>
      <TextArea label="Other metrics" name="otherMetrics" id="trial-other-metrics" rows={2} hint="Optional, one a line." error={errors.otherMetrics} />
      <TextArea label="Week one goals" name="weekOneGoals" id="trial-week-one" rows={3} hint="One goal a line." error={errors.weekOneGoals} />
      <TextArea label="Week two goals" name="weekTwoGoals" id="trial-week-two" rows={3} hint="One goal a line." error={errors.weekTwoGoals} />
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
        <Button type="submit" pending={sending}>
          Start trial
        </Button>
      </DialogFooter>
    </form>
  );
}
