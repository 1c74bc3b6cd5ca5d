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
  /** `from`: the button that opens it, where focus goes back when it closes. */
  open: (kind: NonNullable<Opened>["kind"], user: ManagedUser, from: HTMLElement, isSelf?: boolean) => void;
  /** The forms of the buttons that act at once (a form each, so they work before the page's script has loaded). */
  reactivateAction: (form: FormData) => void;
  linkAction: (form: FormData) => void;
  /** Called as one of those forms is sent, with the button that sent it. */
  sending: (what: "status" | "link", user: ManagedUser, from: HTMLElement | null) => void;
  /** A status change or a link is on its way: one at a time, the other rows' buttons wait. */
  busy: { status: boolean; link: boolean };
  /** Whether this user's status was just changed from here (asked once: their row then puts focus on its new button). */
  takeStatusChange: (userId: number) => boolean;
};

const UserActionsContext = createContext<Shared | null>(null);

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
    open: (kind, user, from, isSelf = false) => {
      opener.current = from;
      setOpened({ kind, user, isSelf });
    },
    reactivateAction: reactivate.formAction,
    linkAction: link.formAction,
    sending: (what, user, from) => {
      if (what === "status") statusSentFor.current = user.id;
      // The link dialog gives focus back to the button that asked for it.
      else opener.current = from;
    },
    busy: { status: deactivate.pending || reactivate.pending, link: link.pending },
    takeStatusChange,
  };
  // Once a status answer is drawn, a row that took it has put focus on its new button (its layout
  // effect runs first). A row that is no longer listed (the list shows active users only, say)
  // could not: focus goes to the page's main region rather than nowhere.
  useEffect(() => {
    if (statusSentFor.current === null || (!deactivate.state && !reactivate.state)) return;
    statusSentFor.current = null;
    if (document.activeElement === document.body || !document.activeElement?.isConnected) document.getElementById("main")?.focus();
  }, [deactivate.state, reactivate.state]);
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
              action={deactivate.formAction}
              onSubmit={() => {
                shared.sending("status", user, null);
                close();
              }}
            >
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="version" value={user.version} />
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
      <PasswordLinkDialog shown={shown} onClose={closeLink} onCloseAutoFocus={returnFocus} />
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
  const { open, reactivateAction, linkAction, sending, busy, takeStatusChange } = shared;
  const toggleId = `active-toggle-${user.id}`;
  // When this row's status flips from here, the opposite button has just replaced the one that
  // sent it: focus goes to it rather than to the start of the page.
  useLayoutEffect(() => {
    if (takeStatusChange(user.id)) document.getElementById(toggleId)?.focus();
  }, [user.active, user.id, toggleId, takeStatusChange]);
  const client = user.organizationKind === "client";
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <Button size="sm" variant="ghost" aria-haspopup="dialog" aria-label={`Edit ${user.name}`} onClick={(e) => open("edit", user, e.currentTarget, isSelf)}>
        Edit
      </Button>
      {!client ? (
        <Button
          size="sm"
          variant="secondary"
          aria-haspopup="dialog"
          aria-label={`Reset password for ${user.name}`}
          onClick={(e) => open("password", user, e.currentTarget)}
        >
          Reset password
        </Button>
      ) : user.active ? (
        <form id={`new-link-${user.id}`} action={linkAction} onSubmit={(e) => sending("link", user, (e.nativeEvent as SubmitEvent).submitter)}>
          <input type="hidden" name="userId" value={user.id} />
          <Button
            type="submit"
            size="sm"
            variant="secondary"
            // One link at a time (it is shown once, in one dialog): the others wait while one is asked for.
            pending={busy.link}
            aria-label={`Send a new set-password link to ${user.name}`}
          >
            New link
          </Button>
        </form>
      ) : null}
      {user.active && !isSelf ? (
        <Button
          id={toggleId}
          size="sm"
          variant="danger"
          aria-haspopup="dialog"
          pending={busy.status}
          aria-label={`Deactivate ${user.name}`}
          onClick={(e) => open("deactivate", user, e.currentTarget)}
        >
          Deactivate
        </Button>
      ) : null}
      {!user.active ? (
        <form id={`reactivate-${user.id}`} action={reactivateAction} onSubmit={() => sending("status", user, null)}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          <Button id={toggleId} type="submit" size="sm" variant="secondary" pending={busy.status} aria-label={`Reactivate ${user.name}`}>
            Reactivate
          </Button>
        </form>
      ) : null}
    </div>
  );
}
