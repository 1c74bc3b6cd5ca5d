"use client";

import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { ActiveToggle } from "./active-toggle";
import { ClientUserActions } from "./client-user-actions";
import { EditUserDialog, type EditableUser } from "./edit-user-dialog";

type Props = {
  user: EditableUser & { active: boolean };
  isSelf: boolean;
  edit: FormAction;
  toggle: FormAction;
  resetPassword: FormAction;
  sendLink: FormAction;
};

export function UserRowActions({ user, isSelf, edit, toggle, resetPassword, sendLink }: Props) {
  // Client users choose their own password (issue #10): the admin sends them a link instead.
  if (user.organizationKind === "client") return <ClientUserActions user={user} edit={edit} toggle={toggle} sendLink={sendLink} />;
  return <AgencyUserActions user={user} isSelf={isSelf} edit={edit} toggle={toggle} resetPassword={resetPassword} />;
}

function AgencyUserActions({ user, isSelf, edit, toggle, resetPassword }: Omit<Props, "sendLink">) {
  const { state: toggleState, formAction: toggleAction, pending: toggling } = useFormAction(toggle);
  const { state: resetState, formAction: resetAction, pending: resetting, errors: resetErrors } = useFormAction(resetPassword);
  return (
    <div className="flex flex-col items-end gap-2">
      {/* As on a client's row: the reversible action first, deactivation last. */}
      <div className="flex items-center gap-2">
        <EditUserDialog user={user} action={edit} isSelf={isSelf} />
        <Popover>
          <PopoverTrigger asChild>
            <Button size="sm" variant="secondary" aria-label={`Reset password for ${user.name}`}>
              Reset password
            </Button>
          </PopoverTrigger>
          <PopoverContent align="end" className="w-72">
            <form action={resetAction} className="space-y-2">
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="version" value={user.version} />
              <TextField
                label={`New password for ${user.name}`}
                name="password"
                id={`pw-${user.id}`}
                type="password"
                autoComplete="new-password"
                error={resetErrors.password}
              />
              <TextField
                label="Confirm the password"
                name="passwordConfirm"
                id={`pw-confirm-${user.id}`}
                type="password"
                autoComplete="new-password"
                error={resetErrors.passwordConfirm}
              />
              <Button type="submit" size="sm" pending={resetting}>
                Set password
              </Button>
            </form>
          </PopoverContent>
        </Popover>
        {!isSelf || !user.active ? <ActiveToggle user={user} formAction={toggleAction} pending={toggling} /> : null}
      </div>
      <FormMessage state={toggleState} name={`Status of ${user.name}`} />
      <FormMessage state={resetState} name={`Password status of ${user.name}`} />
    </div>
  );
}
