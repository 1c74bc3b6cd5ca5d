"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Stage } from "@/lib/domain";
import type { PipelineCard, MoveAction, MoveOption, TransitionDialog } from "./types";

/** A move waiting for its dialog's input. */
export type PendingMove = { dialog: TransitionDialog; to: Stage; cards: PipelineCard[] };

/**
 * Moves applications optimistically: the cards change at once, the server decides, and a refusal
 * (a rule, or someone else's move first) rolls the cards back and says why. A move that needs
 * input waits for its dialog; one that cannot be made says why instead of moving.
 */
export function useMoves(roleId: number, initial: PipelineCard[], moveAction: MoveAction) {
  const router = useRouter();
  const [cards, setCards] = useState(initial);
  const [synced, setSynced] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [, startTransition] = useTransition();

  // New server data (after router.refresh) replaces the local copy.
  if (initial !== synced) {
    setSynced(initial);
    setCards(initial);
  }

  const send = async (moving: PipelineCard[], to: Stage, input: Record<string, unknown> = {}) => {
    const before = new Map(moving.map((c) => [c.id, c]));
    const ids = new Set(before.keys());
    setCards((cs) => cs.map((c) => (ids.has(c.id) ? { ...c, stage: to, days: 0, version: c.version + 1 } : c)));
    setMessage(null);
    const result = await moveAction(null, { ...input, roleId, to, applications: moving.map((c) => ({ id: c.id, version: c.version })) });
    if (result.ok) {
      setMessage({ ok: true, text: result.message ?? "Moved." });
      startTransition(() => router.refresh());
    } else {
      // Put back only this move's cards: another move made meanwhile may have succeeded.
      setCards((cs) => cs.map((c) => before.get(c.id) ?? c));
      setMessage({ ok: false, text: result.message });
    }
  };

  const move = (moving: PipelineCard[], option: MoveOption) => {
    if (moving.length === 0) return;
    if (option.disabled) setMessage({ ok: false, text: option.disabled });
    else if (option.dialog) setPending({ dialog: option.dialog, to: option.to, cards: moving });
    else void send(moving, option.to);
  };

  return {
    cards,
    message,
    move,
    pending,
    confirm: (input: Record<string, unknown>) => {
      if (!pending) return;
      setPending(null);
      void send(pending.cards, pending.to, input);
    },
    cancel: () => setPending(null),
  };
}
