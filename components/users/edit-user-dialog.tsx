"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import type { UserKind } from "@/lib/domain";

export type EditableUser = {
  id: number;
  name: string;
  email: string;
  title: string | null;
  kind: UserKind;
  version: number;
  organizationKind: "agency" | "client";
};

type Props = { user: EditableUser; action: FormAction; /** The viewer's own row: their kind is not theirs to change. */ isSelf?: boolean };

/** Corrects a user's name, email and title; for an agency user, also recruiter or admin. Rendered inside an open Dialog. */
export function EditUserForm({ user, action, isSelf, onDone, onCloseAutoFocus }: Props & { onDone: () => void; onCloseAutoFocus?: (event: Event) => void }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  // After a refusal the form shows what was typed; before, the saved details.
  const value = (name: "name" | "email" | "title" | "kind") => values[name] ?? String(user[name] ?? "");
  return (
    <DialogContent onCloseAutoFocus={onCloseAutoFocus} title={`Edit ${user.name}`} description="The email is what they sign in with.">
      <form action={formAction} key={formKey} className="space-y-3" noValidate>
        <FormMessage state={state} name="Edit user status" />
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <TextField label="Name" name="name" id={`edit-name-${user.id}`} defaultValue={value("name")} error={errors.name} required autoFocus />
        <TextField label="Email" name="email" id={`edit-email-${user.id}`} type="email" defaultValue={value("email")} error={errors.email} required />
        <TextField label="Job title" name="title" id={`edit-title-${user.id}`} defaultValue={value("title")} error={errors.title} />
        {user.organizationKind === "agency" ? (
          <SelectField
            label="Kind of user"
            name="kind"
            id={`edit-kind-${user.id}`}
            defaultValue={value("kind")}
            error={errors.kind}
            disabled={isSelf}
            hint={isSelf ? "Another admin can change your own kind." : undefined}
            options={[
              { value: "recruiter", label: "Recruiter" },
              { value: "admin", label: "Admin" },
            ]}
          />
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" pending={pending}>
            Save
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
