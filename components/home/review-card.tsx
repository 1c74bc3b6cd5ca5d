import { Card } from "@/components/ui/page-header";
import { countLabel } from "@/lib/home/limits";
import type { AwaitingReviewList } from "@/lib/home/review";
import { CountPill, EmptyLine, MoreLink } from "./home-list";
import { HomeRows } from "./home-rows";

const waiting = (days: number) => (days === 0 ? "Submitted today" : days === 1 ? "1 day waiting" : `${days} days waiting`);

/** A hiring manager's candidates submitted and not yet moved on, the longest-waiting first. */
export function ReviewCard({ list }: { list: AwaitingReviewList }) {
  return (
    <Card title="Awaiting your review" flush actions={list.rows.length ? <CountPill label="Candidates awaiting review">{countLabel(list)}</CountPill> : null}>
      {list.rows.length === 0 ? (
        <EmptyLine>No candidate is waiting for you. When the agency submits someone, they show up here.</EmptyLine>
      ) : (
        <HomeRows
          label="Awaiting your review"
          rows={list.rows.map((r) => ({
            key: r.applicationId,
            title: r.candidateName,
            href: `/applications/${r.applicationId}`,
            context: r.roleTitle,
            aside: [{ text: waiting(r.days), small: true, strong: r.days >= 3 }],
          }))}
        />
      )}
      {list.total > list.rows.length ? <MoreLink href="/candidates?stage=submitted">{`All ${countLabel(list)} submitted candidates`}</MoreLink> : null}
    </Card>
  );
}
