"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { attributes, type Attribute, type InterviewKind } from "@/lib/evaluation/labels";
import { PlanField, toPlanItems, type PlanItem } from "./plan-field";
import { useDraft } from "./use-draft";
import { toWeightDraft, WeightsField, type WeightDraft } from "./weights-field";

export type RoleLoopData = { roleId: number; version: number; plan: InterviewKind[]; weights: Record<Attribute, number>; checklist: string[] };

type Draft = { plan: PlanItem[]; weights: WeightDraft; checklist: string };

/**
 * A role's own loop: plan, weights and checklist. Before saving it says how many submitted
 * scorecards new weights re-score (`rescore`, counted by the server), louder once a weight changed.
 */
export function RoleLoopForm({ loop, rescore, action }: { loop: RoleLoopData; rescore: string; action: FormAction }) {
  const { state, formAction, pending, errors, formKey } = useFormAction(action);
  const [draft, setDraft] = useDraft<Draft>(loop.version, () => ({
    plan: toPlanItems(loop.plan),
    weights: toWeightDraft(loop.weights),
    checklist: loop.checklist.join("\n"),
  }));
  const weightsChanged = attributes.some((a) => draft.weights[a].trim() !== String(loop.weights[a]));
  return (
    <form action={formAction} key={formKey} className="grid gap-6" noValidate aria-label="Role's loop">
      <FormMessage state={state} name="Loop form status" />
      <input type="hidden" name="roleId" value={loop.roleId} />
      <input type="hidden" name="version" value={loop.version} />
      <PlanField value={draft.plan} onChange={(plan) => setDraft({ ...draft, plan })} error={errors.plan} />
      <WeightsField value={draft.weights} onChange={(weights) => setDraft({ ...draft, weights })} error={errors.weights} />
      <TextArea
        label="Checklist items"
        name="checklist"
        rows={8}
        value={draft.checklist}
        onChange={(e) => setDraft({ ...draft, checklist: e.target.value })}
        error={errors.checklist}
        hint="One item per line; each application of this role is ticked against them, with evidence."
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Save loop"}
        </Button>
        <p role="status" className={cn("text-sm", weightsChanged ? "rounded-md bg-warning-soft px-2 py-1 font-medium text-fg" : "text-muted")}>
          {rescore}
        </p>
      </div>
    </form>
  );
}
