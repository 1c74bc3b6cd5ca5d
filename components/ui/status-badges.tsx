import type { RoleStatus, Stage } from "@/lib/domain";
import { roleStatusLabels } from "@/lib/labels";
import { stageLabels } from "@/lib/pipeline/stages";
import { Badge, type Tone } from "./badge";

const statusTones: Record<RoleStatus, Tone> = { draft: "gray", open: "green", on_hold: "amber", filled: "blue", closed: "gray" };
export const stageTones: Record<Stage, Tone> = {
  sourced: "gray",
  screening: "gray",
  interviewing: "blue",
  submitted: "violet",
  client_interview: "violet",
  offer: "amber",
  trial: "amber",
  hired: "green",
  rejected: "red",
  withdrawn: "gray",
};

/** A stage's colour as a solid swatch (pipeline bars and legends), in the same family as its badge. */
export const stageSwatches: Record<Stage, string> = {
  sourced: "bg-slate-400",
  screening: "bg-slate-500",
  interviewing: "bg-sky-500",
  submitted: "bg-violet-500",
  client_interview: "bg-fuchsia-500",
  offer: "bg-amber-500",
  trial: "bg-orange-500",
  hired: "bg-emerald-500",
  rejected: "bg-red-500",
  withdrawn: "bg-slate-300",
};

export function RoleStatusBadge({ status }: { status: RoleStatus }) {
  return <Badge tone={statusTones[status]}>{roleStatusLabels[status]}</Badge>;
}

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={stageTones[stage]}>{stageLabels[stage]}</Badge>;
}
