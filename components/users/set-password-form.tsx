"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/** The new password, twice, for the account a set-password link is for. */
export function SetPasswordForm({ action, token, email, rules }: { action: FormAction; token: string; email: string; rules: string }) {
  const { state, formAction, pending, errors, formKey } = useFormAction(action);
  return (
    <form action={formAction} key={formKey} className="space-y-4" noValidate>
      <FormMessage state={state} name="Set password status" />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required error={errors.password} hint={rules} />
      <TextField label="Confirm new password" name="passwordConfirm" type="password" autoComplete="new-password" required error={errors.passwordConfirm} />
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Setting password…" : "Set password"}
      </Button>
    </form>
  );
}
