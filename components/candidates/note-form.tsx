"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = {
  action: FormAction;
  candidateId: number;
  applications: { id: number; label: string }[];
  /** Client users write only shared notes about one of their roles. */
  agency: boolean;
};

export function NoteForm({ action, candidateId, applications, agency }: Props) {
  const { state, formAction, pending, values: v, errors: e, formKey } = useFormAction(action);
  return (
    <form action={formAction} key={formKey} className="space-y-3" noValidate>
      <FormMessage state={state} name="Note status" />
      <input type="hidden" name="candidateId" value={candidateId} />
      <TextArea label="Note" name="body" rows={3} defaultValue={v.body} error={e.body} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="About"
          name="applicationId"
          defaultValue={v.applicationId ?? (agency ? "" : String(applications[0]?.id ?? ""))}
          error={e.applicationId}
          options={[...(agency ? [{ value: "", label: "The candidate (agency only)" }] : []), ...applications.map((a) => ({ value: String(a.id), label: a.label }))]}
        />
        {agency ? (
          <SelectField
            label="Visibility"
            name="visibility"
            defaultValue={v.visibility ?? "internal"}
            error={e.visibility}
            options={[
              { value: "internal", label: "Internal (agency only)" },
              { value: "shared", label: "Shared with the role's client" },
            ]}
          />
        ) : (
          <input type="hidden" name="visibility" value="shared" />
        )}
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        Add note
      </Button>
    </form>
  );
}
