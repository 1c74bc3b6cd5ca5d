import { stageTones } from "@/components/ui/status-badges";
import { Card } from "@/components/ui/page-header";
import type { FormAction } from "@/components/ui/use-form-action";
import type { ClientMoves } from "@/lib/home/client-moves";
import { timeAgo } from "@/lib/home/days";
import { formatDateTime } from "@/lib/labels";
import { stageLabels } from "@/lib/pipeline/stages";
import { EmptyLine } from "./home-list";
import { HomeRows } from "./home-rows";
import { MarkSeenButton } from "./mark-seen-button";

/** Candidates a client moved (client interview, offer, rejected) in the viewer's roles since they last looked, newest first. */
export function ClientMovesCard({ moves, zone, now, action }: { moves: ClientMoves; zone: string; now: Date; action: FormAction }) {
  const since = moves.marked ? `since you marked them seen on ${formatDateTime(moves.since, zone)}` : "in the last 14 days";
  return (
    <Card
      title="Moved by the client since you last looked"
      flush
      actions={moves.rows.length ? <MarkSeenButton action={action} version={moves.version} shownAt={now.getTime()} /> : null}
    >
      {moves.rows.length === 0 ? (
        <EmptyLine>{`Nothing new: no client has moved a candidate in your roles ${since}.`}</EmptyLine>
      ) : (
        <>
          <p className="px-5 pt-3 text-xs text-muted">{`Moves by a client's hiring team in your roles ${since}, the newest first${moves.more ? " (the latest shown)" : ""}.`}</p>
          <HomeRows
            label="Moved by the client"
            rows={moves.rows.map((r) => ({
              key: r.applicationId,
              title: r.candidateName,
              href: `/applications/${r.applicationId}`,
              context: `${r.roleTitle} · ${r.clientName}`,
              aside: [
                { badge: stageLabels[r.movedTo], tone: stageTones[r.movedTo] },
                {
                  text: `${r.movedBy ? `by ${r.movedBy}, ` : ""}${timeAgo(r.movedAt, now)}${r.stage !== r.movedTo ? ` · now ${stageLabels[r.stage]}` : ""}`,
                  small: true,
                },
              ],
            }))}
          />
        </>
      )}
    </Card>
  );
}
