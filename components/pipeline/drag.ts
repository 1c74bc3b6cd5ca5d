import { pointerWithin, type Announcements, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";
import type { Stage } from "@/lib/domain";
import { needsSubmission, stageLabels, SUBMIT_FIRST } from "@/lib/pipeline/stages";
import type { MoveOption, MoveOptions, MoveRefusals, PipelineCard } from "./types";

/** What dropping a card on a column would do: nothing (its own column), a move, or a refusal with its reason. */
export type DropCheck = { kind: "same" } | { kind: "move"; option: MoveOption } | { kind: "refused"; reason: string };

/**
 * The moves offered for this card: its stage's (the registry's answer), less the client's later
 * stages for a card back in Rejected or Withdrawn that was never submitted (the server refuses those).
 */
export function choicesFor(card: PipelineCard, moves: MoveOptions): MoveOption[] {
  const options = moves[card.stage] ?? [];
  return card.unsubmitted ? options.filter((o) => !needsSubmission(o.to)) : options;
}

/** Asks the registry's answer (sent as plain data) whether a card may go to a column. */
export function checkDrop(card: PipelineCard, to: Stage, moves: MoveOptions, refusals: MoveRefusals): DropCheck {
  if (card.stage === to) return { kind: "same" };
  if (card.unsubmitted && needsSubmission(to)) return { kind: "refused", reason: SUBMIT_FIRST };
  const option = moves[card.stage]?.find((o) => o.to === to);
  if (option?.disabled) return { kind: "refused", reason: option.disabled };
  if (option) return { kind: "move", option };
  return { kind: "refused", reason: refusals[card.stage]?.[to] ?? `${stageLabels[card.stage]} to ${stageLabels[to]} is not a move you can make.` };
}

/**
 * The column under the pointer, or for a keyboard drag (no pointer) under the dragged card's
 * centre. Columns stretch to the board's height, so a point always falls in one of them.
 */
export const columnUnderPoint: CollisionDetection = (args) => {
  const r = args.collisionRect;
  return pointerWithin({ ...args, pointerCoordinates: args.pointerCoordinates ?? { x: r.left + r.width / 2, y: r.top + r.height / 2 } });
};

/** Left and right arrows carry a picked-up card to the centre of the previous or next column. */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .map((c) => droppableRects.get(c.id))
    .filter((r) => !!r)
    .map((r) => r.left + r.width / 2)
    .sort((a, b) => a - b);
  const target = event.code === "ArrowRight" ? columns.find((x) => x > centre + 1) : columns.findLast((x) => x < centre - 1);
  if (target === undefined) return undefined;
  return { x: currentCoordinates.x + (target - centre), y: currentCoordinates.y };
};

/** Plain-words announcements for screen readers ("Picked up Ada Lovelace from Screening"). */
export function announcements(check: (card: PipelineCard, to: Stage) => DropCheck): Announcements {
  const cardOf = (active: { data: { current?: Record<string, unknown> } }) => active.data.current?.card as PipelineCard;
  // The card starts over its own column: saying so would talk over "Picked up…".
  let left = false;
  return {
    onDragStart: ({ active }) => {
      const card = cardOf(active);
      left = false;
      return `Picked up ${card.name} from ${stageLabels[card.stage]}.`;
    },
    onDragOver: ({ active, over }) => {
      const card = cardOf(active);
      if (!over) return `${card.name} is not over a column.`;
      const to = over.id as Stage;
      const drop = check(card, to);
      if (drop.kind === "same") return left ? `${card.name} is back over ${stageLabels[to]}, where it already is.` : undefined;
      left = true;
      if (drop.kind === "refused") return `${card.name} cannot move to ${stageLabels[to]}: ${drop.reason}`;
      return `${card.name} is over ${stageLabels[to]}.${drop.option.dialog ? " Dropping it asks for details first." : ""}`;
    },
    onDragEnd: ({ active, over }) => {
      const card = cardOf(active);
      const drop = over ? check(card, over.id as Stage) : ({ kind: "same" } as const);
      if (drop.kind === "move")
        return drop.option.dialog
          ? `${card.name}: fill in the dialog to move to ${stageLabels[drop.option.to]}.`
          : `${card.name} moved to ${stageLabels[drop.option.to]}.`;
      if (drop.kind === "refused") return `${card.name} was not moved: ${drop.reason}`;
      return `${card.name} was dropped back in ${stageLabels[card.stage]}.`;
    },
    onDragCancel: ({ active }) => {
      const card = cardOf(active);
      return `Moving ${card.name} was cancelled. ${card.name} stays in ${stageLabels[card.stage]}.`;
    },
  };
}

export const dragInstructions =
  "To move this candidate, press Space or Enter to pick the card up, the left and right arrow keys to choose a column, then Space or Enter to drop it there; Escape cancels. The “Move to” menu does the same.";
