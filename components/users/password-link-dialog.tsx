"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { control } from "@/components/ui/field";
import type { ActionLink, ActionState } from "@/lib/action-types";
import type { ShownLink } from "@/lib/users/schemas";

/**
 * The link of a successful create or "new link" answer, until the dialog is closed: it is shown
 * once (the server keeps only its hash), so closing it is the end of it.
 */
export function useShownLink(state: ActionState) {
  const [closed, setClosed] = useState<object | null>(null);
  const data = state?.ok && state !== closed ? (state.data as Partial<ShownLink> | undefined) : undefined;
  const shown = data?.link ? (data as ShownLink) : null;
  return { shown, close: () => setClosed(state) };
}

/** `onCloseAutoFocus`: where focus goes when it closes (a list's dialog has no trigger of its own to return to). */
/** For a form's link dialog: closing it puts focus on the form's first field (empty again), ready for the next person. */
export function focusFirstFieldOf(id: string) {
  return (event: Event) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
}

export function PasswordLinkDialog({
  shown,
  onClose,
  onCloseAutoFocus,
  next,
}: {
  shown: ShownLink | null;
  onClose: () => void;
  onCloseAutoFocus?: (event: Event) => void;
  /** Where to go once the link is passed on (the new user in the paged list). */
  next?: ActionLink;
}) {
  const [copied, setCopied] = useState(false);
  const close = () => {
    setCopied(false);
    onClose();
  };
  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field is selectable instead.
      setCopied(false);
    }
  };
  return (
    <Dialog
      open={!!shown}
      onOpenChange={(open) => {
        if (!open) close();
      }}
    >
      {shown ? (
        <DialogContent onCloseAutoFocus={onCloseAutoFocus} title={`Set-password link for ${shown.name}`} description="Shown only now: copy it before closing.">
          <p className="text-sm text-fg">
            Pass this link on to {shown.name} yourself — Trialboard does not send e-mail yet. It works once, for 7 days; a new link replaces it.
          </p>
          <label htmlFor="set-password-link" className="mt-4 mb-1 block text-sm font-medium text-fg">
            Link
          </label>
          <input id="set-password-link" readOnly value={shown.link} className={control} onFocus={(e) => e.currentTarget.select()} />
          <p role="status" className="mt-1 h-4 text-xs text-muted">
            {copied ? "Copied to the clipboard." : ""}
          </p>
          <DialogFooter>
            <Button variant="secondary" onClick={() => copy(shown.link)}>
              Copy link
            </Button>
            {next ? (
              <Button asChild variant="secondary">
                <Link href={next.href} onClick={close}>
                  {next.label}
                </Link>
              </Button>
            ) : null}
            <Button onClick={close}>Done</Button>
          </DialogFooter>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
