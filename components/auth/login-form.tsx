"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

export function LoginForm({ action }: { action: FormAction }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  return (
    <form action={formAction} key={formKey} className="space-y-4" noValidate>
      <FormMessage state={state} name="Sign-in error" />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={values.email} error={errors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={errors.password} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
