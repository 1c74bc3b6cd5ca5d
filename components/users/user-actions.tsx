"use client";

import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { EditUserForm, type EditableUser } from "./edit-user-dialog";
import { PasswordLinkDialog, useShownLink } from "./password-link-dialog";

export type ManagedUser = EditableUser & { active: boolean };

/** What can be done to a user from a list of them; `resetPassword` (agency users) only where admins work. */
export type UserActionSet = { edit: FormAction; deactivate: FormAction; reactivate: FormAction; sendLink: FormAction; resetPassword?: FormAction };

type Opened = { kind: "edit" | "password" | "deactivate"; user: ManagedUser; isSelf: boolean } | null;
type Shared = {
  open: (kind: NonNullable<Opened>["kind"], user: ManagedUser, isSelf?: boolean) => void;
  reactivate: (user: ManagedUser) => void;
  sendLink: (user: ManagedUser) => void;
  /** Whose status or link change is on its way, if any. */
  busy: { status: number | null; link: number | null };
  /** Whether this user's status was just changed from here (asked once: their row then puts focus on its new button). */
  takeStatusChange: (userId: number) => boolean;
};

const UserActionsContext = createContext<Shared | null>(null);

function fields(values: Record<string, number>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, String(value));
  return form;
}

/**
 * The dialogs and requests of a list of users, once for the whole list: each row has only its
 * buttons (UserActions), so a page of users costs a few buttons a row, not a set of dialogs and
 * forms each. Failures of a status change or a new link come back as toasts.
 */
export function UserActionsProvider({ actions, children }: { actions: UserActionSet; children: ReactNode }) {
  const [opened, setOpened] = useState<Opened>(null);
  const deactivate = useFormAction(actions.deactivate, { failures: "toast" });
  const reactivate = useFormAction(actions.reactivate, { failures: "toast" });
  const link = useFormAction(actions.sendLink, { failures: "toast" });
  const { shown, close: closeLink } = useShownLink(link.state);
  const statusSentFor = useRef<number | null>(null);
  const [busyFor, setBusyFor] = useState<{ status: number | null; link: number | null }>({ status: null, link: null });
  const close = () => setOpened(null);
  // The dialogs have no trigger of Radix's: focus goes back to the row's button that opened them.
  const opener = useRef<HTMLElement | null>(null);
  const returnFocus = (event: Event) => {
    event.preventDefault();
    if (opener.current?.isConnected) opener.current.focus();
  };
  // Stable: a row asks it only when its own status has flipped.
  const takeStatusChange = useCallback((userId: number) => {
    if (statusSentFor.current !== userId) return false;
    statusSentFor.current = null;
    return true;
  }, []);
  const shared: Shared = {
    open: (kind, user, isSelf = false) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpened({ kind, user, isSelf });
    },
    reactivate: (user) => {
      statusSentFor.current = user.id;
      setBusyFor((b) => ({ ...b, status: user.id }));
      reactivate.dispatch(fields({ userId: user.id, version: user.version }));
    },
    sendLink: (user) => {
      setBusyFor((b) => ({ ...b, link: user.id }));
      link.dispatch(fields({ userId: user.id }));
    },
    busy: { status: deactivate.pending || reactivate.pending ? busyFor.status : null, link: link.pending ? busyFor.link : null },
    takeStatusChange,
  };
  const user = opened?.user;
  return (
    <UserActionsContext.Provider value={shared}>
      {children}
      <Dialog open={!!opened} onOpenChange={(open) => (open ? null : close())}>
        {opened?.kind === "edit" ? (
          <EditUserForm user={opened.user} action={actions.edit} isSelf={opened.isSelf} onDone={close} onCloseAutoFocus={returnFocus} />
        ) : null}
        {opened?.kind === "password" && actions.resetPassword ? (
          <ResetPasswordForm user={opened.user} action={actions.resetPassword} onDone={close} onCloseAutoFocus={returnFocus} />
        ) : null}
        {opened?.kind === "deactivate" && user ? (
          <DialogContent
            onCloseAutoFocus={returnFocus}
            title={`Deactivate ${user.name}?`}
            description="They are signed out at once and cannot sign in until someone reactivates them. Everything they wrote stays."
          >
            <form
              onSubmit={(e) => {
                e.preventDefault();
                statusSentFor.current = user.id;
                setBusyFor((b) => ({ ...b, status: user.id }));
                deactivate.dispatch(fields({ userId: user.id, version: user.version }));
                close();
              }}
            >
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="secondary">Cancel</Button>
                </DialogClose>
                <Button type="submit" variant="danger">
                  Deactivate
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        ) : null}
      </Dialog>
      <PasswordLinkDialog shown={shown} onClose={closeLink} />
    </UserActionsContext.Provider>
  );
}

/** An agency user's new password, typed twice by the admin (version-checked). */
function ResetPasswordForm({
  user,
  action,
  onDone,
  onCloseAutoFocus,
}: {
  user: ManagedUser;
  action: FormAction;
  onDone: () => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  const { state, formAction, pending, errors, formKey } = useFormAction(action);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  return (
    <DialogContent
      onCloseAutoFocus={onCloseAutoFocus}
      title={`Reset the password of ${user.name}`}
      description="They sign in with the new one from now on; their sessions end."
    >
      <form action={formAction} key={formKey} className="space-y-3" noValidate>
        <FormMessage state={state} name={`Password status of ${user.name}`} />
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <TextField
          label={`New password for ${user.name}`}
          name="password"
          id={`pw-${user.id}`}
          type="password"
          autoComplete="new-password"
          error={errors.password}
          hint="12 to 128 characters"
          autoFocus
        />
        <TextField
          label="Confirm the password"
          name="passwordConfirm"
          id={`pw-confirm-${user.id}`}
          type="password"
          autoComplete="new-password"
          error={errors.passwordConfirm}
        />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" pending={pending}>
            Set password
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

/**
 * One user's buttons in a list (inside a UserActionsProvider): edit; a new password (agency) or a
 * new set-password link (client, while active); and deactivate (confirmed) or reactivate. Not on
 * your own active row: nobody deactivates themselves.
 */
export function UserActions({ user, isSelf = false }: { user: ManagedUser; isSelf?: boolean }) {
  const shared = useContext(UserActionsContext);
  if (!shared) throw new Error("UserActions must be inside a UserActionsProvider");
  const { open, reactivate, sendLink, busy, takeStatusChange } = shared;
  const toggleId = `active-toggle-${user.id}`;
  // When this row's status flips from here, the opposite button has just replaced the one that
  // sent it: focus goes to it rather than to the start of the page.
  useLayoutEffect(() => {
    if (takeStatusChange(user.id)) document.getElementById(toggleId)?.focus();
  }, [user.active, user.id, toggleId, takeStatusChange]);
  const client = user.organizationKind === "client";
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <Button size="sm" variant="ghost" aria-haspopup="dialog" aria-label={`Edit ${user.name}`} onClick={() => open("edit", user, isSelf)}>
        Edit
      </Button>
      {!client ? (
        <Button size="sm" variant="secondary" aria-haspopup="dialog" aria-label={`Reset password for ${user.name}`} onClick={() => open("password", user)}>
          Reset password
        </Button>
      ) : user.active ? (
        <Button
          size="sm"
          variant="secondary"
          pending={busy.link === user.id}
          aria-label={`Send a new set-password link to ${user.name}`}
          onClick={() => sendLink(user)}
        >
          New link
        </Button>
      ) : null}
      {user.active && !isSelf ? (
        <Button
          id={toggleId}
          size="sm"
          variant="danger"
          aria-haspopup="dialog"
          pending={busy.status === user.id}
          aria-label={`Deactivate ${user.name}`}
          onClick={() => open("deactivate", user)}
        >
          Deactivate
        </Button>
      ) : null}
      {!user.active ? (
        <Button
          id={toggleId}
          size="sm"
          variant="secondary"
          pending={busy.status === user.id}
          aria-label={`Reactivate ${user.name}`}
          onClick={() => reactivate(user)}
        >
          Reactivate
        </Button>
      ) : null}
    </div>
  );
}
