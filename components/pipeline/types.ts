import type { Stage } from "@/db/schema";

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

export type MoveRequest = {
  roleId: number;
  to: Stage;
  applications: { id: number; version: number }[];
  reason?: string;
  note?: string;
};

export type PipelineLabels = { stages: Record<Stage, string>; reasons: Record<string, string> };
