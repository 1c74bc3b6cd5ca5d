"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/field";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = {
  action: FormAction;
  candidateId: number;
  applications: { id: number; label: string }[];
  /** Agency users choose what a note is about and who sees it; client users write on one of their roles, seen by their company and the agency. */
  agency: boolean;
};

const CANDIDATE = "";

/**
 * Only combinations the server accepts can be chosen: a note about the candidate (not one role)
 * is the agency's alone, so choosing it locks Visibility to Internal. A client user has no choice
 * of visibility at all.
 */
export function NoteForm({ action, candidateId, applications, agency }: Props) {
  const { formAction, pending, values: v, errors: e, formKey } = useFormAction(action, { failures: "toast" });
  const [about, setAbout] = useState(v.applicationId ?? (agency ? CANDIDATE : String(applications[0]?.id ?? "")));
  const [visibility, setVisibility] = useState(v.visibility ?? "internal");
  const aboutCandidate = agency && about === CANDIDATE;
  return (
    <form action={formAction} key={formKey} className="space-y-3" noValidate>
      <input type="hidden" name="candidateId" value={candidateId} />
      <TextArea label="Note" name="body" rows={3} defaultValue={v.body} error={e.body} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="About"
          name="applicationId"
          value={about}
          onChange={(ev) => setAbout(ev.target.value)}
          error={e.applicationId}
          options={[
            ...(agency ? [{ value: CANDIDATE, label: "The candidate (agency only)" }] : []),
            ...applications.map((a) => ({ value: String(a.id), label: a.label })),
          ]}
        />
        {agency ? (
          <>
            <SelectField
              label="Visibility"
              name="visibility"
              value={aboutCandidate ? "internal" : visibility}
              onChange={(ev) => setVisibility(ev.target.value)}
              disabled={aboutCandidate}
              error={e.visibility}
              hint={aboutCandidate ? "A note about the candidate stays with the agency. Choose a role to share it with that role's client." : undefined}
              options={[
                { value: "internal", label: "Internal (agency only)" },
                { value: "shared", label: "Shared with the role's client" },
              ]}
            />
            {/* A disabled select posts nothing: the locked value still has to reach the server. */}
            {aboutCandidate ? <input type="hidden" name="visibility" value="internal" /> : null}
          </>
        ) : (
          <input type="hidden" name="visibility" value="shared" />
        )}
      </div>
      {!agency ? <p className="text-xs text-muted">Your note is seen by your colleagues and the agency.</p> : null}
      <Button type="submit" size="sm" pending={pending}>
        {pending ? "Adding…" : "Add note"}
      </Button>
    </form>
  );
}
