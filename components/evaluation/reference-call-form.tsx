"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { SelectField, TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import type { ReferenceOutcome } from "@/lib/evaluation/labels";

type Referee = {
  id: number;
  name: string;
  version: number;
  answers: { question: string; answer: string }[];
  notes: string | null;
  outcome: ReferenceOutcome | null;
};
/** `outcomes` come from the page (labels included), so this client leaf loads no schema module. */
type Props = { action: FormAction; referee: Referee; questions: string[]; outcomes: { value: string; label: string }[] };

/** The reference call: every question with its answer, notes and the outcome (which completes the reference). */
export function ReferenceCallDialog({ action, referee, questions, outcomes }: Props) {
  const [open, setOpen] = useState(false);
  const recorded = !!referee.outcome;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant={recorded ? "ghost" : "secondary"} aria-label={`${recorded ? "Edit the call with" : "Record the call with"} ${referee.name}`}>
          {recorded ? "Edit the call" : "Record the call"}
        </Button>
      </DialogTrigger>
      {open ? <CallForm action={action} referee={referee} questions={questions} outcomes={outcomes} onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function CallForm({ action, referee, questions, outcomes, onDone }: Props & { onDone: () => void }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  // Answers are an array the echo of a failed submit cannot carry: keep what was typed in state.
  const [answers, setAnswers] = useState(() => questions.map((q) => referee.answers.find((a) => a.question === q)?.answer ?? ""));
  return (
    <DialogContent title={`The call with ${referee.name}`} description="Agency only. Leave a question blank if it was not asked." className="max-w-2xl">
      <form action={formAction} key={formKey} className="space-y-3" noValidate>
        <FormMessage state={state} name="Call form status" />
        <input type="hidden" name="referenceId" value={referee.id} />
        <input type="hidden" name="version" value={referee.version} />
        {questions.map((q, i) => (
          <TextArea
            key={q}
            label={q}
            name="answers[]"
            id={`answer-${referee.id}-${i}`}
            rows={2}
            value={answers[i]}
            onChange={(e) => setAnswers((all) => all.map((a, j) => (j === i ? e.target.value : a)))}
            // Said under the answer it is about; a message about the list as a whole, under the first.
            error={errors[`answers.${i}`] ?? (i === 0 && !Object.keys(errors).some((k) => k.startsWith("answers.")) ? errors.answers : undefined)}
          />
        ))}
        <TextArea label="Notes" name="notes" id={`call-notes-${referee.id}`} rows={3} defaultValue={values.notes ?? referee.notes ?? ""} error={errors.notes} />
        <SelectField
          label="Outcome"
          name="outcome"
          id={`call-outcome-${referee.id}`}
          defaultValue={values.outcome ?? referee.outcome ?? ""}
          error={errors.outcome}
          options={[{ value: "", label: "Choose…" }, ...outcomes]}
        />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" pending={pending}>
            {pending ? "Saving…" : "Record the call"}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
