"use client";

import { lazy, Suspense, type ComponentType } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { useSubmitTitle } from "./submit-target";
import type { MoveDialogProps, TransitionDialog } from "./types";
import type { PendingMove } from "./use-moves";

type DialogEntry = {
  title: (names: string[]) => string;
  /** Wider than the default for a long form. */
  className?: string;
  /** The dialog's form; loaded when first opened, since it brings its schema (zod) the board itself never needs. */
  Form: ComponentType<MoveDialogProps>;
};

const many = (names: string[], verb: string) => (names.length === 1 ? `${verb} ${names[0]}` : `${verb} ${names.length} candidates`);

// One entry per dialog the transition registry names; a new one (the trial form, a client submission) is one more line.
const dialogs: Partial<Record<TransitionDialog, DialogEntry>> = {
  reject: { title: (names) => many(names, "Reject"), Form: lazy(() => import("./reject-dialog").then((m) => ({ default: m.RejectForm }))) },
  submit: { title: useSubmitTitle, Form: lazy(() => import("./submit-dialog").then((m) => ({ default: m.SubmitForm }))) },
  "start-trial": {
    title: (names) => `Start ${names[0]}'s trial`,
    className: "max-w-xl",
    Form: lazy(() => import("@/components/trials/start-trial-form").then((m) => ({ default: m.StartTrialForm }))),
  },
};

type Props = {
  pending: PendingMove | null;
  onConfirm: MoveDialogProps["onConfirm"];
  onCancel: () => void;
  /** The caller puts focus back itself (the board, on the moved card); otherwise it returns to what opened the dialog. */
  manageFocus?: boolean;
};

/** The dialog a pending move asks for, on the kit's Radix dialog (the registry marks a move whose form does not exist as disabled). */
export function MoveDialog({ pending, onConfirm, onCancel, manageFocus = false }: Props) {
  const entry = pending ? dialogs[pending.dialog] : undefined;
  const names = pending?.cards.map((c) => c.name) ?? [];
  return (
    <Dialog open={!!entry} onOpenChange={(open) => !open && onCancel()}>
      {entry ? (
        <DialogContent title={entry.title(names)} className={entry.className} onCloseAutoFocus={manageFocus ? (e) => e.preventDefault() : undefined}>
          <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
            <entry.Form
              names={names}
              applicationIds={pending?.cards.map((c) => c.id) ?? []}
              onConfirm={onConfirm}
              onCancel={onCancel}
              sending={pending?.sending}
              refusal={pending?.refusal}
            />
          </Suspense>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
