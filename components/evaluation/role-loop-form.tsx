"use client";

import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { cn } from "@/components/ui/cn";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { describeHiddenTicks, hiddenTicks } from "@/lib/evaluation/checklist-schemas";
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
export function RoleLoopForm({
  loop,
  rescore,
  ticks,
  action,
}: {
  loop: RoleLoopData;
  rescore: string;
  /** How many applications have each checklist item ticked: a reworded or removed item hides them. */
  ticks: Record<string, number>;
  action: FormAction;
}) {
  const { state, formAction, pending, errors, formKey } = useFormAction(action);
  const [draft, setDraft] = useDraft<Draft>(loop.version, () => ({
    plan: toPlanItems(loop.plan),
    weights: toWeightDraft(loop.weights),
    checklist: loop.checklist.join("\n"),
  }));
  const weightsChanged = attributes.some((a) => draft.weights[a].trim() !== String(loop.weights[a]));
  const hidden = hiddenTicks(
    ticks,
    loop.checklist,
    draft.checklist.split("\n").map((line) => line.trim()),
  );
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
      {hidden.length ? (
        <Callout>
          {`Taken off the checklist as it stands: ${describeHiddenTicks(hidden)}. ${hidden.length === 1 ? "Its" : "Their"} ticks and evidence are kept but no longer shown; they show again if the item comes back in the same words.`}
        </Callout>
      ) : null}
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
