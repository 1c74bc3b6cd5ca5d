"use client";

import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import type { Attribute, InterviewKind } from "@/lib/evaluation/labels";
import { PlanField, toPlanItems, type PlanItem } from "./plan-field";
import { useDraft } from "./use-draft";
import { toWeightDraft, WeightsField, type WeightDraft } from "./weights-field";

export type TemplateData = {
  roleType: string;
  label: string;
  version: number;
  plan: InterviewKind[];
  weights: Record<Attribute, number>;
  checklist: string[];
  redFlags: string[];
};

type Draft = { plan: PlanItem[]; weights: WeightDraft; checklist: string; redFlags: string };

/** One role type's template: its interview plan, rubric weights, checklist and red flags. */
export function TemplateForm({ template, action }: { template: TemplateData; action: FormAction }) {
  const { state, formAction, pending, errors, formKey } = useFormAction(action);
  const [draft, setDraft] = useDraft<Draft>(template.version, () => ({
    plan: toPlanItems(template.plan),
    weights: toWeightDraft(template.weights),
    checklist: template.checklist.join("\n"),
    redFlags: template.redFlags.join("\n"),
  }));
  return (
    <form action={formAction} key={formKey} className="grid gap-6" noValidate aria-label={`${template.label} template`}>
      <FormMessage state={state} name="Template form status" />
      <input type="hidden" name="roleType" value={template.roleType} />
      <input type="hidden" name="version" value={template.version} />
      <PlanField value={draft.plan} onChange={(plan) => setDraft({ ...draft, plan })} error={errors.plan} />
      <WeightsField value={draft.weights} onChange={(weights) => setDraft({ ...draft, weights })} error={errors.weights} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextArea
          label="Checklist items"
          name="checklist"
          rows={8}
          value={draft.checklist}
          onChange={(e) => setDraft({ ...draft, checklist: e.target.value })}
          error={errors.checklist}
          hint="One item per line. “Two references checked” is ticked by the system when two references are completed."
        />
        <TextArea
          label="Red flags"
          name="redFlags"
          rows={8}
          value={draft.redFlags}
          onChange={(e) => setDraft({ ...draft, redFlags: e.target.value })}
          error={errors.redFlags}
          hint="One per line: what interviewers of this role type may tick on a scorecard."
        />
      </div>
      <div>
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Save template"}
        </Button>
      </div>
    </form>
  );
}
