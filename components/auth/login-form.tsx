"use client";

import { forgetKeptForms } from "@/components/evaluation/keep-unsaved";
import { rememberTimeZone } from "@/components/layout/time-zone-cookie";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/** `next`: the page to return to after signing in (already checked to be a path on this site). */
/** As the form posts: the zone for the first page, and nothing kept in this tab from whoever used it before. */
function signingIn() {
  rememberTimeZone();
  forgetKeptForms();
}

export function LoginForm({ action, next }: { action: FormAction; next: string }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  return (
    <form action={formAction} key={formKey} className="space-y-4" noValidate onSubmit={signingIn}>
      <FormMessage state={state} name="Sign-in error" />
      <input type="hidden" name="next" value={next} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={values.email} error={errors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={errors.password} />
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
