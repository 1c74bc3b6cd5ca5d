"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { checkInSentiments, sentimentLabels } from "@/lib/trials/labels";

// A check-in: the day it is about (today in the client's zone by default), how it is going and a
// note. Only the agency is offered the visibility; the server decides it for everyone else.

type Props = { action: FormAction; trialId: number; today: string; firstDay: string; lastDay: string; chooseVisibility: boolean };

const sentimentChoices = checkInSentiments.map((value) => ({ value, label: sentimentLabels[value] }));
const visibilityChoices = [
  { value: "internal", label: "Internal (agency only)" },
  { value: "shared", label: "Shared with the client" },
];

export function CheckInForm({ action, trialId, today, firstDay, lastDay, chooseVisibility }: Props) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  return (
    <form action={formAction} key={formKey} aria-label="Add a check-in" className="space-y-3" noValidate>
      <FormMessage state={state} name="Check-in status" />
      <input type="hidden" name="trialId" value={trialId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Day" name="on" id="check-in-on" type="date" min={firstDay} max={lastDay} defaultValue={values.on ?? today} error={errors.on} />
        <SelectField
          label="How is it going?"
          name="sentiment"
          id="check-in-sentiment"
          options={sentimentChoices}
          defaultValue={values.sentiment ?? "on_track"}
          error={errors.sentiment}
        />
        {chooseVisibility ? (
          <SelectField
            label="Who sees it"
            name="visibility"
            id="check-in-visibility"
            options={visibilityChoices}
            defaultValue={values.visibility ?? "internal"}
            error={errors.visibility}
          />
        ) : null}
      </div>
      <TextArea
        label="Check-in note"
        name="note"
        id="check-in-note"
        rows={3}
        defaultValue={values.note}
        error={errors.note}
        hint={chooseVisibility ? undefined : "Shared with the agency."}
      />
      <Button type="submit" pending={pending}>
        {pending ? "Adding…" : "Add check-in"}
      </Button>
    </form>
  );
}
