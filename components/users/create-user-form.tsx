"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Combobox, type LookupChoice } from "@/components/ui/combobox";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { focusFirstFieldOf, PasswordLinkDialog, useShownLink } from "./password-link-dialog";

/** `agency`: the admin's own company, where every recruiter and admin belongs. */
type Props = { action: FormAction; agency: { id: number; name: string } };

const kindOptions = [
  { value: "recruiter", label: "Recruiter (agency)" },
  { value: "admin", label: "Admin (agency)" },
  { value: "hiring_manager", label: "Hiring manager (client)" },
  { value: "client_viewer", label: "Client viewer (client)" },
];

/**
 * Adds a user: an agency user (recruiter or admin) with a password typed here, or a client user
 * (hiring manager or viewer) of a client picked as you type, who gets a one-time link instead.
 */
export function CreateUserForm({ action, agency }: Props) {
  const { state, formAction, pending, values: v, errors: e, formKey } = useFormAction(action);
  const { shown, close } = useShownLink(state);
  // Only agency users get a password typed here; a client user sets theirs through a one-time link.
  // Tied to the form's key: a remounted form (after a success) starts again from its default.
  const [choice, setChoice] = useState<{ key: string; kind: string } | null>(null);
  const kind = choice?.key === formKey ? choice.kind : (v.kind ?? "recruiter");
  const agencyKind = kind === "recruiter" || kind === "admin";
  // The client picked: kept across a refused submit, cleared with the form after a success.
  const [client, setClient] = useState<LookupChoice | null>(null);
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setClient(null);
  }
  return (
    <>
      <form action={formAction} key={formKey} className="grid gap-4 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2">
          <FormMessage state={state} name="Create user status" />
        </div>
        <TextField label="Name" name="name" id="new-user-name" defaultValue={v.name} error={e.name} required />
        <TextField label="Email" name="email" type="email" defaultValue={v.email} error={e.email} required />
        <SelectField
          label="Kind of user"
          name="kind"
          defaultValue={v.kind ?? "recruiter"}
          error={e.kind}
          options={kindOptions}
          onChange={(event) => setChoice({ key: formKey, kind: event.currentTarget.value })}
        />
        {agencyKind ? (
          <div className="text-sm">
            <input type="hidden" name="organizationId" value={agency.id} />
            <p className="mb-1 font-medium text-fg">Company</p>
            <p className="flex h-9 items-center text-muted">{agency.name} (the agency)</p>
          </div>
        ) : (
          <Combobox
            label="Client"
            name="organizationId"
            endpoint="/api/clients/lookup"
            chosen={client}
            placeholder="Type a client's name"
            error={e.organizationId}
            onChoose={setClient}
          />
        )}
        <TextField label="Job title" name="title" defaultValue={v.title} error={e.title} />
        {agencyKind ? (
          <>
            <TextField
              className="sm:col-start-1"
              label="Initial password"
              name="password"
              type="password"
              autoComplete="new-password"
              error={e.password}
              hint="12 to 128 characters"
              required
            />
            <TextField label="Confirm the password" name="passwordConfirm" type="password" autoComplete="new-password" error={e.passwordConfirm} required />
          </>
        ) : (
          <p className="self-end text-sm text-muted sm:pb-2">A client user sets their own password: you get a one-time link to pass on.</p>
        )}
        <div className="sm:col-span-2">
          <Button type="submit" pending={pending}>
            {pending ? "Creating…" : "Create user"}
          </Button>
        </div>
      </form>
      <PasswordLinkDialog shown={shown} onClose={close} onCloseAutoFocus={focusFirstFieldOf("new-user-name")} next={state?.ok ? state.link : undefined} />
    </>
  );
}
