"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Stage } from "@/lib/domain";
import type { ActionResult } from "@/lib/action-types";
import type { BoardCard, MoveRequest } from "./types";

export type MoveAction = (prev: unknown, input: MoveRequest) => Promise<ActionResult<unknown>>;

/**
 * Moves applications optimistically: the cards change at once, the server decides, and a refusal
 * (a rule, or someone else's move first) rolls the cards back and says why.
 */
export function useMoves(roleId: number, initial: BoardCard[], moveAction: MoveAction) {
  const router = useRouter();
  const [cards, setCards] = useState(initial);
  const [synced, setSynced] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pendingReject, setPendingReject] = useState<BoardCard[] | null>(null);
  const [, startTransition] = useTransition();

  // New server data (after router.refresh) replaces the local copy.
  if (initial !== synced) {
    setSynced(initial);
    setCards(initial);
  }

  const send = async (moving: BoardCard[], to: Stage, reason?: string, note?: string) => {
    const before = new Map(moving.map((c) => [c.id, c]));
    const ids = new Set(before.keys());
    setCards((cs) => cs.map((c) => (ids.has(c.id) ? { ...c, stage: to, days: 0, version: c.version + 1 } : c)));
    setMessage(null);
    const result = await moveAction(null, { roleId, to, applications: moving.map((c) => ({ id: c.id, version: c.version })), reason, note });
    if (result.ok) {
      setMessage({ ok: true, text: result.message ?? "Moved." });
      startTransition(() => router.refresh());
    } else {
      // Put back only this move's cards: another move made meanwhile may have succeeded.
      setCards((cs) => cs.map((c) => before.get(c.id) ?? c));
      setMessage({ ok: false, text: result.message });
    }
  };

  const move = (moving: BoardCard[], to: Stage) => {
    if (moving.length === 0) return;
    if (to === "rejected") setPendingReject(moving);
    else void send(moving, to);
  };

  return {
    cards,
    message,
    move,
    pendingReject,
    confirmReject: (reason: string, note: string) => {
      const moving = pendingReject ?? [];
      setPendingReject(null);
      void send(moving, "rejected", reason, note);
    },
    cancelReject: () => setPendingReject(null),
  };
}
