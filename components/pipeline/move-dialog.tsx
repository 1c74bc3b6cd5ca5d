"use client";

import { lazy, Suspense, type ComponentType } from "react";
import type { MoveDialogProps, TransitionDialog } from "./types";
import type { PendingMove } from "./use-moves";

// One entry per dialog the transition registry names; the trial form adds "start-trial" here.
// Loaded when first opened: a dialog brings its schema (zod), which the board itself never needs.
const dialogs: Partial<Record<TransitionDialog, ComponentType<MoveDialogProps>>> = {
  reject: lazy(() => import("./reject-dialog").then((m) => ({ default: m.RejectDialog }))),
};

/** The dialog a pending move asks for (the registry marks a move whose form does not exist as disabled). */
export function MoveDialog({ pending, onConfirm, onCancel }: { pending: PendingMove | null; onConfirm: MoveDialogProps["onConfirm"]; onCancel: () => void }) {
  const Dialog = pending ? dialogs[pending.dialog] : undefined;
  if (!pending || !Dialog) return null;
  return (
    <Suspense fallback={null}>
      <Dialog names={pending.cards.map((c) => c.name)} onConfirm={onConfirm} onCancel={onCancel} />
    </Suspense>
  );
}
