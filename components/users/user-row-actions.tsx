"use client";

import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/action-types";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Act = (prev: ActionState, form: FormData) => Promise<ActionResult<unknown>>;
type Props = {
  user: { id: number; name: string; active: boolean; version: number };
  isSelf: boolean;
  toggle: Act;
  resetPassword: Act;
};

export function UserRowActions({ user, isSelf, toggle, resetPassword }: Props) {
  const [toggleState, toggleAction, toggling] = useActionState(toggle, null);
  const [resetState, resetAction, resetting] = useActionState(resetPassword, null);
  const resetErrors = resetState && !resetState.ok ? resetState.fieldErrors : {};
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex items-center gap-2">
        {!isSelf || !user.active ? (
          <form action={toggleAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="version" value={user.version} />
            <Button type="submit" size="sm" variant={user.active ? "danger" : "secondary"} disabled={toggling} aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}>
              {user.active ? "Deactivate" : "Reactivate"}
            </Button>
          </form>
        ) : null}
        <details className="relative">
          <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50">
            Reset password
          </summary>
          <form action={resetAction} className="absolute right-0 z-10 mt-2 w-72 space-y-2 rounded-md border border-slate-200 bg-white p-3 text-left shadow-lg">
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="version" value={user.version} />
            <label className="block text-xs font-medium text-slate-700" htmlFor={`pw-${user.id}`}>
              New password for {user.name}
            </label>
            <input id={`pw-${user.id}`} name="password" type="password" autoComplete="new-password" className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
            {resetErrors.password ? <p className="text-xs text-red-600">{resetErrors.password}</p> : null}
            <Button type="submit" size="sm" disabled={resetting}>
              Set password
            </Button>
          </form>
        </details>
      </div>
      <FormMessage state={toggleState} name={`Status of ${user.name}`} />
      <FormMessage state={resetState} name={`Password status of ${user.name}`} />
    </div>
  );
}
