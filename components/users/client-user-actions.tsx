"use client";

import { Button } from "@/components/ui/button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { PasswordLinkDialog, useShownLink } from "./password-link-dialog";

type Props = {
  user: { id: number; name: string; active: boolean; version: number };
  /** Deactivate or reactivate, as fits the user's state. */
  toggle: FormAction;
  sendLink: FormAction;
};

/** A client user's buttons: a new set-password link (shown once), and deactivate or reactivate. */
export function ClientUserActions({ user, toggle, sendLink }: Props) {
  const link = useFormAction(sendLink, { failures: "toast" });
  const active = useFormAction(toggle, { failures: "toast" });
  const { shown, close } = useShownLink(link.state);
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {user.active ? (
        <form action={link.formAction}>
          <input type="hidden" name="userId" value={user.id} />
          <Button type="submit" size="sm" variant="secondary" pending={link.pending} aria-label={`Send a new set-password link to ${user.name}`}>
            New link
          </Button>
        </form>
      ) : null}
      <form action={active.formAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <Button
          type="submit"
          size="sm"
          variant={user.active ? "danger" : "secondary"}
          pending={active.pending}
          aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}
        >
          {user.active ? "Deactivate" : "Reactivate"}
        </Button>
      </form>
      <PasswordLinkDialog shown={shown} onClose={close} />
    </div>
  );
}
