"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { attributeLabels, attributes, type Attribute } from "@/lib/evaluation/labels";
import { useDraft } from "./use-draft";

export type KitData = { kind: string; label: string; version: number; attributes: Attribute[]; prompts: { prompt: string; listenFor: string }[] };

type Prompt = { key: number; prompt: string; listenFor: string };
type Draft = { attributes: Attribute[]; prompts: Prompt[] };
let nextKey = 0;

/** One interview kind's kit: the attributes it assesses and its prompts with what to listen for. */
export function KitForm({ kit, action }: { kit: KitData; action: FormAction }) {
  const id = useId();
  const { state, formAction, pending, errors, formKey } = useFormAction(action);
  const [draft, setDraft] = useDraft<Draft>(kit.version, () => ({ attributes: kit.attributes, prompts: kit.prompts.map((p) => ({ ...p, key: ++nextKey })) }));
  const toggle = (a: Attribute, on: boolean) => setDraft({ ...draft, attributes: on ? [...draft.attributes, a] : draft.attributes.filter((x) => x !== a) });
  // A prompt's own mistake is said under it; under the list, what is about the list (none, too many).
  const listError = errors.prompts && !Object.keys(errors).some((k) => k.startsWith("prompts.")) ? errors.prompts : undefined;
  const edit = (i: number, change: Partial<Prompt>) => setDraft({ ...draft, prompts: draft.prompts.map((p, j) => (j === i ? { ...p, ...change } : p)) });
  // key: remounted after each answer. React resets a form once its action ends, which puts a
  // controlled checkbox back to how it was first drawn, not to the draft kept here.
  return (
    <form action={formAction} key={formKey} className="grid gap-5" noValidate aria-label={`${kit.label} kit`}>
      <FormMessage state={state} name={`${kit.label} kit status`} />
      <input type="hidden" name="kind" value={kit.kind} />
      <input type="hidden" name="version" value={kit.version} />
      <fieldset aria-describedby={errors.attributes ? `${id}-attributes-error` : undefined}>
        <legend className="mb-2 text-sm font-medium text-fg">Attributes it assesses</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {attributes.map((a) => (
            <label key={a} className="flex items-center gap-2 text-sm text-fg">
              <input
                type="checkbox"
                name="attributes[]"
                value={a}
                checked={draft.attributes.includes(a)}
                onChange={(e) => toggle(a, e.target.checked)}
                className="size-4 accent-accent"
              />
              {attributeLabels[a]}
            </label>
          ))}
        </div>
        {errors.attributes ? (
          <p id={`${id}-attributes-error`} className="mt-1 text-xs text-danger">
            {errors.attributes}
          </p>
        ) : null}
      </fieldset>
      <fieldset aria-describedby={listError ? `${id}-prompts-error` : undefined}>
        <legend className="mb-2 text-sm font-medium text-fg">Prompts</legend>
        <ol className="grid gap-3">
          {draft.prompts.map((p, i) => (
            <li key={p.key} className="grid gap-2 rounded-md border border-line p-3 md:grid-cols-[1fr_1fr_auto] md:items-end">
              <TextArea
                label={`Prompt ${i + 1}`}
                name="prompt[]"
                id={`${id}-prompt-${p.key}`}
                rows={2}
                value={p.prompt}
                onChange={(e) => edit(i, { prompt: e.target.value })}
                error={errors[`prompts.${i}.prompt`]}
              />
              <TextArea
                label={`Listen for ${i + 1}`}
                name="listenFor[]"
                id={`${id}-listen-${p.key}`}
                rows={2}
                value={p.listenFor}
                onChange={(e) => edit(i, { listenFor: e.target.value })}
                error={errors[`prompts.${i}.listenFor`]}
              />
              <Button size="sm" variant="ghost" onClick={() => setDraft({ ...draft, prompts: draft.prompts.filter((_, j) => j !== i) })}>
                Remove prompt {i + 1}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          size="sm"
          variant="secondary"
          className="mt-2"
          onClick={() => setDraft({ ...draft, prompts: [...draft.prompts, { key: ++nextKey, prompt: "", listenFor: "" }] })}
        >
          Add a prompt
        </Button>
        {listError ? (
          <p id={`${id}-prompts-error`} className="mt-1 text-xs text-danger">
            {errors.prompts}
          </p>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : `Save ${kit.label} kit`}
        </Button>
      </div>
    </form>
  );
}
