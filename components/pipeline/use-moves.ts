"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toaster";
import type { ActionFailure } from "@/lib/action-types";
import type { Stage } from "@/lib/domain";
import { stageLabels } from "@/lib/pipeline/stages";
import type { FocusRequest, MoveAction, MoveOption, MoveOptions, PipelineCard, TransitionDialog } from "./types";

/** A move waiting for its dialog's input. */
/** `onMoved`: called once the server has made the move (the list clears its selection then, not on a refusal). */
export type PendingMove = {
  dialog: TransitionDialog;
  to: Stage;
  cards: PipelineCard[];
  focus?: FocusRequest;
  onMoved?: () => void;
  /** Sent, waiting for the server; then its refusal, if it refused (the dialog stays open). */
  sending?: boolean;
  refusal?: ActionFailure | null;
};

/** Dialogs that ask for one application's own input: a bulk move to them is refused with this. */
const ONE_AT_A_TIME: Partial<Record<TransitionDialog, string>> = {
  "start-trial": "Start trials one at a time: each trial needs its own plan. Select one candidate.",
};

/** `open`: where the toast's button leads when it offers no Undo (the trial a move started). */
type Notice = { kind: "success" | "error"; text: string; undo?: () => void; open?: { label: string; onClick: () => void } };

/**
 * One toast at a time per board: a new outcome dismisses the last one, so stale messages never pile
 * up. (A fresh toast each time rather than reusing one id: sonner drops an update to a toast that is
 * already on its way out, as the one whose Undo was just pressed is.)
 */
function useNotice() {
  const last = useRef<string | number | null>(null);
  return ({ kind, text, undo, open }: Notice) => {
    if (last.current !== null) toast.dismiss(last.current);
    const action = undo ? { label: "Undo", onClick: undo } : open;
    last.current = toast[kind](text, action ? { action } : {});
  };
}

type Options = { roleId: number; initial: PipelineCard[]; moves: MoveOptions; moveAction: MoveAction };

/**
 * Moves applications optimistically: the cards change at once, the server decides, and a refusal
 * (a rule, or someone else's move first) rolls the cards back and says why. Every outcome is a
 * toast; a move the stage rules allow to reverse offers Undo, itself a normal version-checked
 * move. A move that needs input waits for its dialog; one that cannot be made says why.
 */
export function useMoves({ roleId, initial, moves, moveAction }: Options) {
  const router = useRouter();
  const [cards, setCards] = useState(initial);
  const [synced, setSynced] = useState(initial);
  // Cards moved in (+) or out (−) of each column since the server's last answer.
  const [deltas, setDeltas] = useState<Partial<Record<Stage, number>>>({});
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  // Moves sent and not yet answered: the list's bulk buttons wait for them (a second press would resend).
  const [inFlight, setInFlight] = useState(0);
  const [, startTransition] = useTransition();
  const notify = useNotice();

  // New server data (after router.refresh) replaces the local copy.
  if (initial !== synced) {
    setSynced(initial);
    setCards(initial);
    setDeltas({});
  }

  const shift = (moving: PipelineCard[], to: Stage, sign: 1 | -1) =>
    setDeltas((d) => {
      const next = { ...d };
      for (const c of moving) {
        next[c.stage] = (next[c.stage] ?? 0) - sign;
        next[to] = (next[to] ?? 0) + sign;
      }
      return next;
    });

  /**
   * Undo for a move just made, unless the registry says a move of that kind cannot be taken back
   * without asking something (or at all). Each card goes back to the stage it came from: one call
   * per such stage (a bulk move from the list may gather several), each all or nothing, and one
   * toast for them all.
   */
  const undoFor = (moved: PipelineCard[], to: Stage): (() => void) | null => {
    const byOrigin = new Map<Stage, PipelineCard[]>();
    for (const c of moved) byOrigin.set(c.stage, [...(byOrigin.get(c.stage) ?? []), c]);
    for (const from of byOrigin.keys()) {
      const made = moves[from]?.find((o) => o.to === to);
      if (!made || made.noUndo) return null;
    }
    // Each group as it stands now: in `to`, one version on.
    const groups = [...byOrigin].map(([from, cards]) => ({ from, cards: cards.map((c) => ({ ...c, stage: to, version: c.version + 1 })) }));
    if (groups.length === 1) {
      const [{ from, cards }] = groups;
      return () => void send(cards, from, { input: { undo: true }, focus: { cards: cards.map((c) => c.id), on: "menu" }, undoable: false });
    }
    return () =>
      void Promise.all(
        groups.map(({ from, cards }) =>
          send(cards, from, { input: { undo: true }, undoable: false, quiet: true }).then((r) => (r.ok ? `${cards.length} to ${stageLabels[from]}` : null)),
        ),
      ).then((done) => {
        const back = done.filter((d): d is string => d !== null);
        // A group refused has said why in its own toast.
        if (back.length === groups.length) notify({ kind: "success", text: `Moved ${moved.length} candidates back: ${back.join(", ")}.` });
      });
  };

  type SendOptions = {
    /** The move's own input (a rejection's reason, say). */
    input?: Record<string, unknown>;
    focus?: FocusRequest;
    /** Offer Undo in the toast (not for an Undo itself). */
    undoable?: boolean;
    onMoved?: () => void;
    /** No toast when it is made: the caller says it (an Undo of several moves). */
    quiet?: boolean;
    /** No toast when it is refused: the caller shows why (a dialog, next to its fields). */
    quietRefusal?: boolean;
  };

  /** Sends a move, showing it at once; resolves to whether the server made it. */
  const send = async (
    moving: PipelineCard[],
    to: Stage,
    { input = {}, focus: focusAfter, undoable = true, onMoved, quiet = false, quietRefusal = false }: SendOptions,
  ): Promise<Awaited<ReturnType<MoveAction>>> => {
    const ids = new Set(moving.map((c) => c.id));
    // An Undo gives the cards back their days in stage (the server restores the time they entered it).
    const moved = moving.map((c) => ({ ...c, stage: to, days: input.undo ? c.days : 0, version: c.version + 1 }));
    // Newest first in its column, as the server orders it; a card not on the board (an undone rejection) comes back.
    // Where each card was, so a refusal puts it back there (the list's rows keep their sort).
    let places = new Map<number, number>();
    setCards((cs) => {
      places = new Map(cs.flatMap((c, i) => (ids.has(c.id) ? [[c.id, i] as const] : [])));
      return [...moved, ...cs.filter((c) => !ids.has(c.id))];
    });
    shift(moving, to, 1);
    if (focusAfter) setFocus(focusAfter);
    setInFlight((n) => n + 1);
    // A request that fails outright (the network, a deploy that replaced the action) is a refusal
    // too: the cards go back and it is said.
    const result = await moveAction(null, { ...input, roleId, to, applications: moving.map((c) => ({ id: c.id, version: c.version })) })
      .catch(() => ({ ok: false as const, message: "The move could not be sent; check your connection and try again.", fieldErrors: {}, values: {} }))
      .finally(() => setInFlight((n) => n - 1));
    if (result.ok) {
      const undo = undoable ? undoFor(moving, to) : null;
      const trialId = result.data?.trialId;
      const open = trialId === undefined ? undefined : { label: "Open trial", onClick: () => router.push(`/trials/${trialId}`) };
      if (!quiet) notify({ kind: "success", text: result.message ?? "Moved.", undo: undo ?? undefined, open });
      onMoved?.();
      startTransition(() => router.refresh());
    } else {
      // Put back only this move's cards, where they were: another move made meanwhile may have succeeded.
      setCards((cs) => {
        const back = cs.filter((c) => !ids.has(c.id));
        const byPlace = moving.map((c) => ({ c, at: places.get(c.id) ?? 0 })).sort((a, b) => a.at - b.at);
        for (const { c, at } of byPlace) back.splice(Math.min(at, back.length), 0, c);
        return back;
      });
      shift(moving, to, -1);
      if (focusAfter && !quietRefusal) setFocus({ cards: moving.map((c) => c.id), on: focusAfter.on });
      if (!quietRefusal) notify({ kind: "error", text: result.message });
    }
    return result;
  };

  const move = (moving: PipelineCard[], option: MoveOption, focusAfter?: FocusRequest, onMoved?: () => void) => {
    if (moving.length === 0) return;
    if (option.dialog && ONE_AT_A_TIME[option.dialog] && moving.length > 1) notify({ kind: "error", text: ONE_AT_A_TIME[option.dialog]! });
    else if (option.disabled) {
      notify({ kind: "error", text: option.disabled });
      if (focusAfter) setFocus({ cards: moving.map((c) => c.id), on: focusAfter.on });
    } else if (option.dialog) setPending({ dialog: option.dialog, to: option.to, cards: moving, focus: focusAfter, onMoved });
    else void send(moving, option.to, { focus: focusAfter, onMoved });
  };

  return {
    cards,
    deltas,
    move,
    /** Whether a move is on its way to the server. */
    busy: inFlight > 0,
    /** Says why a move cannot be made (a drop on a column the rules refuse). */
    refuse: (reason: string) => notify({ kind: "error", text: reason }),
    pending,
    // The dialog stays open until the server answers: a refusal is shown in it, with what was typed.
    confirm: (input: Record<string, unknown>) => {
      if (!pending || pending.sending) return;
      const asked = pending;
      setPending({ ...asked, sending: true });
      // Focus goes to the moved card once the dialog has closed, not behind it while it waits.
      void send(asked.cards, asked.to, { input, onMoved: asked.onMoved, quietRefusal: true }).then((result) => {
        setPending((now) => (now?.cards !== asked.cards ? now : result.ok ? null : { ...asked, sending: false, refusal: result }));
        if (result.ok && asked.focus) setFocus(asked.focus);
      });
    },
    // Not while the move is on its way: it cannot be called back, and its answer is said in the dialog.
    cancel: () => {
      if (pending?.sending) return;
      if (pending?.focus) setFocus({ cards: pending.cards.map((c) => c.id), on: pending.focus.on });
      setPending(null);
    },
    /** Where focus should go after the last move: the board puts it there once the cards have re-rendered. */
    focus,
    requestFocus: setFocus,
  };
}
