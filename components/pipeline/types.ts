import type { Stage } from "@/lib/domain";
import type { LoopProgress } from "@/lib/evaluation/progress";
import type { ActionFailure, ServerAction } from "@/lib/action-types";
import type { MoveRequest } from "@/lib/pipeline/schemas";
import type { MoveOption, TransitionDialog } from "@/lib/pipeline/transition-inputs";

export type { MoveOption, TransitionDialog };

/** An application as the board and the list receive it from the server: only what they show or send back. */
export type PipelineCard = {
  id: number;
  candidateId: number;
  name: string;
  currentTitle: string | null;
  stage: Stage;
  days: number;
  ownerName: string | null;
  version: number;
  /** Where its interview loop stands; absent before the first interview (or when the viewer may not see interviews). */
  progress?: LoopProgress;
  /** Only on a card in Rejected or Withdrawn never submitted to the client: it may not go to the client's later stages. */
  unsubmitted?: true;
};

/** The moves offered from each stage (the transition registry's answer, as plain data). */
export type MoveOptions = Partial<Record<Stage, MoveOption[]>>;

/** Why the registry refuses each move it does not offer, from each stage: a drop there says this. */
export type MoveRefusals = Partial<Record<Stage, Partial<Record<Stage, string>>>>;

/** The move action, typed from its schema: a dialog's fields (a rejection's reason and note) ride along; a trial started comes back by id. */
export type MoveAction = ServerAction<MoveRequest, { moved: number; trialId?: number }>;

/** What every move dialog receives: who is being moved, and where to send its checked input. */
export type MoveDialogProps = {
  names: string[];
  /** The applications being moved (a form that loads choices for one, like the trial's, needs it). */
  applicationIds: number[];
  /** The dialog's input, already checked with the schema the server checks it with. */
  onConfirm: (input: Record<string, unknown>) => void;
  onCancel: () => void;
  /** The server's answer while the dialog waits for it, and its refusal: the dialog stays open with what was typed. */
  sending?: boolean;
  refusal?: ActionFailure | null;
};

/** Where focus should land once a move has re-rendered the board: the first of these cards still shown. */
export type FocusRequest = { cards: number[]; on: "menu" | "handle"; fallbackStage?: Stage };
