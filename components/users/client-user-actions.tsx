"use client";

import { Button } from "@/components/ui/button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { ActiveToggle } from "./active-toggle";
import { EditUserDialog, type EditableUser } from "./edit-user-dialog";
import { PasswordLinkDialog, useShownLink } from "./password-link-dialog";

type Props = {
  user: EditableUser & { active: boolean };
  /** Name, email and title. */
  edit: FormAction;
  /** Deactivate or reactivate, as fits the user's state. */
  toggle: FormAction;
  sendLink: FormAction;
};

/** A client user's buttons: edit, a new set-password link (shown once), and deactivate or reactivate. */
export function ClientUserActions({ user, edit, toggle, sendLink }: Props) {
  const link = useFormAction(sendLink, { failures: "toast" });
  const active = useFormAction(toggle, { failures: "toast" });
  const { shown, close } = useShownLink(link.state);
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <EditUserDialog user={user} action={edit} />
      {user.active ? (
        <form action={link.formAction}>
          <input type="hidden" name="userId" value={user.id} />
          <Button type="submit" size="sm" variant="secondary" pending={link.pending} aria-label={`Send a new set-password link to ${user.name}`}>
            New link
          </Button>
        </form>
      ) : null}
      <ActiveToggle user={user} formAction={active.formAction} pending={active.pending} />
      <PasswordLinkDialog shown={shown} onClose={close} />
    </div>
  );
}
