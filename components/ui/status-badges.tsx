import type { RoleStatus, Stage } from "@/lib/domain";
import { roleStatusLabels } from "@/lib/labels";
import { stageLabels } from "@/lib/pipeline/stages";
import { Badge, type Tone } from "./badge";

const statusTones: Record<RoleStatus, Tone> = { draft: "gray", open: "green", on_hold: "amber", filled: "blue", closed: "gray" };
const stageTones: Record<Stage, Tone> = {
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

export function RoleStatusBadge({ status }: { status: RoleStatus }) {
  return <Badge tone={statusTones[status]}>{roleStatusLabels[status]}</Badge>;
}

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={stageTones[stage]}>{stageLabels[stage]}</Badge>;
}
