"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { PasswordLinkDialog, useShownLink } from "./password-link-dialog";

type Props = { action: FormAction; companies: { id: number; name: string; kind: "agency" | "client" }[] };

const kindOptions = [
  { value: "recruiter", label: "Recruiter (agency)" },
  { value: "admin", label: "Admin (agency)" },
  { value: "hiring_manager", label: "Hiring manager (client)" },
  { value: "client_viewer", label: "Client viewer (client)" },
];

export function CreateUserForm({ action, companies }: Props) {
  const { state, formAction, pending, values: v, errors: e, formKey } = useFormAction(action);
  const { shown, close } = useShownLink(state);
  // Only agency users get a password typed here; a client user sets theirs through a one-time link.
  // Tied to the form's key: a remounted form (after a success) starts again from its default.
  const [choice, setChoice] = useState<{ key: string; kind: string } | null>(null);
  const kind = choice?.key === formKey ? choice.kind : (v.kind ?? "recruiter");
  const agency = kind === "recruiter" || kind === "admin";
  return (
    <>
      <form action={formAction} key={formKey} className="grid gap-4 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2">
          <FormMessage state={state} name="Create user status" />
        </div>
        <TextField label="Name" name="name" defaultValue={v.name} error={e.name} required />
        <TextField label="Email" name="email" type="email" defaultValue={v.email} error={e.email} required />
        <TextField label="Job title" name="title" defaultValue={v.title} error={e.title} />
        <SelectField
          label="Company"
          name="organizationId"
          defaultValue={v.organizationId ?? ""}
          error={e.organizationId}
          options={[
            { value: "", label: "Choose a company…" },
            ...companies.map((c) => ({ value: String(c.id), label: c.kind === "agency" ? `${c.name} (agency)` : c.name })),
          ]}
        />
        <SelectField
          label="Kind of user"
          name="kind"
          defaultValue={v.kind ?? "recruiter"}
          error={e.kind}
          options={kindOptions}
          onChange={(event) => setChoice({ key: formKey, kind: event.currentTarget.value })}
        />
        {agency ? (
          <>
            <TextField
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
      <PasswordLinkDialog shown={shown} onClose={close} />
    </>
  );
}
