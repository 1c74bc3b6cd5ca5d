import { stageTones } from "@/components/ui/status-badges";
import { Card } from "@/components/ui/page-header";
import { countLabel, HOME_COUNT_CAP } from "@/lib/home/limits";
import type { StaleList } from "@/lib/home/stale";
import { stageLabels } from "@/lib/pipeline/stages";
import { CountPill, EmptyLine, MoreLink } from "./home-list";
import { HomeRows } from "./home-rows";

/** Applications in the viewer's open roles that have not moved for a week, oldest first: each opens its application. */
export function StaleCard({ list, afterDays, expanded }: { list: StaleList; afterDays: number; expanded: boolean }) {
  return (
    <Card id="stale" title="Stale applications" flush actions={list.rows.length ? <CountPill label="Stale applications">{countLabel(list)}</CountPill> : null}>
      {list.rows.length === 0 ? (
        <EmptyLine>
          {list.ownsOpenRoles
            ? `Everything in your open roles has moved in the last ${afterDays} days. Nice.`
            : "You own no open roles. Applications that stall in roles you own show here."}
        </EmptyLine>
      ) : (
        <>
          <p className="px-5 pt-3 text-xs text-muted">{`No stage change for ${afterDays}+ days in your open roles, the longest-waiting first.`}</p>
          <HomeRows
            label="Stale applications"
            rows={list.rows.map((r) => ({
              key: r.applicationId,
              title: r.candidateName,
              href: `/applications/${r.applicationId}`,
              context: `${r.roleTitle} · ${r.clientName}`,
              aside: [
                { badge: stageLabels[r.stage], tone: stageTones[r.stage] },
                { text: `${r.days} days in ${stageLabels[r.stage]}`, small: true, strong: true },
              ],
            }))}
          />
          {expanded ? (
            <MoreLink href="/">Show fewer</MoreLink>
          ) : list.total > list.rows.length ? (
            <MoreLink href="/?stale=all#stale">{list.capped ? `The ${HOME_COUNT_CAP} longest-waiting` : `All ${list.total} stale applications`}</MoreLink>
          ) : null}
        </>
      )}
    </Card>
  );
}
