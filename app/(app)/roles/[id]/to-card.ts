import type { PipelineCard } from "@/components/pipeline/types";
import { hasProgress } from "@/lib/evaluation/progress";
import type { Card } from "@/lib/pipeline/queries";
import { isExitStage } from "@/lib/pipeline/stages";

// Named fields, and only those the board and list use: nothing else about a candidate reaches the client.
export const toCard = (c: Card): PipelineCard => ({
  id: c.id,
  candidateId: c.candidateId,
  name: c.name,
  currentTitle: c.currentTitle,
  stage: c.stage,
  days: c.days,
  ownerName: c.ownerName,
  version: c.version,
  // Only once the loop has started (or a flag was raised): most cards are before interviews and carry nothing.
  ...(c.progress && (hasProgress(c.progress) || c.progress.redFlags) ? { progress: c.progress } : {}),
  ...(c.submittedAt === null && isExitStage(c.stage) ? { unsubmitted: true as const } : {}),
});
