import type { Stage } from "@/lib/domain";

/** A card as the board receives it from the server (plain data). */
export type BoardCard = {
  id: number;
  candidateId: number;
  name: string;
  currentTitle: string | null;
  stage: Stage;
  days: number;
  ownerName: string | null;
  version: number;
};

/**
 * A card as the board page sends it: a tuple, not an object. A busy board carries ~100 cards in
 * every response (HTML and RSC payload), and the field names were a third of their bytes.
 */
export type CardTuple = [id: number, candidateId: number, name: string, currentTitle: string | null, stage: Stage, days: number, ownerName: string | null, version: number];

export const fromCardTuple = ([id, candidateId, name, currentTitle, stage, days, ownerName, version]: CardTuple): BoardCard => ({
  id,
  candidateId,
  name,
  currentTitle,
  stage,
  days,
  ownerName,
  version,
});

export type MoveRequest = {
  roleId: number;
  to: Stage;
  applications: { id: number; version: number }[];
  reason?: string;
  note?: string;
};

export type PipelineLabels = { stages: Record<Stage, string>; reasons: Record<string, string> };
