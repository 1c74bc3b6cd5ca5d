"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";

type Props = {
  user: { id: number; name: string; active: boolean; version: number };
  formAction: (data: FormData) => void;
  pending: boolean;
};

/**
 * Deactivate or reactivate one user (version-checked), the same on an agency user's row and a
 * client user's. Deactivating signs the user out at once, so it is confirmed first; reactivating
 * is not.
 */
export function ActiveToggle({ user, formAction, pending }: Props) {
  const [confirming, setConfirming] = useState(false);
  // Set when this row sends a change: the button that sent it leaves the page with the change.
  const sent = useRef(false);
  const buttonId = `active-toggle-${user.id}`;
  // When the row's state flips, the opposite button has just replaced the one that sent the
  // change: focus goes to it rather than to the start of the page. (A refused change flips
  // nothing, and focus stays on the button, or returns to it as the dialog closes.)
  useLayoutEffect(() => {
    if (!sent.current) return;
    sent.current = false;
    document.getElementById(buttonId)?.focus();
  }, [user.active, buttonId]);

  const fields = (
    <>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );

  if (!user.active) {
    return (
      <form action={formAction} onSubmit={() => (sent.current = true)}>
        {fields}
        <Button id={buttonId} type="submit" size="sm" variant="secondary" pending={pending} aria-label={`Reactivate ${user.name}`}>
          Reactivate
        </Button>
      </form>
    );
  }
  return (
    <Dialog open={confirming} onOpenChange={setConfirming}>
      <DialogTrigger asChild>
        <Button id={buttonId} size="sm" variant="danger" pending={pending} aria-label={`Deactivate ${user.name}`}>
          Deactivate
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Deactivate ${user.name}?`}
        description="They are signed out at once and cannot sign in until someone reactivates them. Everything they wrote stays."
      >
        <form
          action={formAction}
          onSubmit={() => {
            sent.current = true;
            setConfirming(false);
          }}
        >
          {fields}
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
    </Dialog>
  );
}
