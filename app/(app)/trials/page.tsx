import { TrialFilters } from "@/components/trials/trial-filters";
import { TrialsTable } from "@/components/trials/trials-table";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { roleFilterOptions } from "@/lib/roles/queries";
import { trialFlagLabels, trialStatusLabels } from "@/lib/trials/labels";
import { presentTrialRow } from "@/lib/trials/present";
import { listTrials } from "@/lib/trials/queries";
import { trialFiltersSchema } from "@/lib/trials/schemas";

export const generateMetadata = titleFor("trials:view", "/trials", "Trials");

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Every two-week trial the viewer may see, what needs attention first. */
export default async function TrialsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("trials:view", "/trials");
  const filters = trialFiltersSchema.parse(await searchParams);
  const agency = can(viewer, "clients:view-all");
  const { rows, total, page, pages } = listTrials(viewer, agency ? filters : { ...filters, client: undefined, owner: undefined }, new Date());
  const options = roleFilterOptions(viewer, filters.client);
  const filtered = !!(filters.status || filters.flag || (agency && (filters.client || filters.owner)));

  return (
    <>
      <PageHeader
        title="Trials"
        subtitle={
          agency
            ? "Every placement's two-week trial, what needs attention first. Days follow each client's calendar."
            : `Two-week trials at ${viewer.organizationName}, what needs attention first.`
        }
      />
      <TrialFilters
        values={agency ? filters : { status: filters.status, flag: filters.flag }}
        clientPicker={agency ? { chosen: options.client } : null}
        owners={agency ? options.recruiters.map((r) => ({ value: String(r.id), label: r.name })) : null}
        statuses={choices(trialStatusLabels)}
        flags={choices(trialFlagLabels)}
      />
      <Card flush>
        <TrialsTable
          rows={rows.map(presentTrialRow)}
          showClient={agency}
          empty={
            filtered
              ? "No trials match these filters."
              : "No trials yet. A trial starts when a candidate moves from Offer to Trial; it will show here from then on."
          }
        />
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        noun={total === 1 ? "trial" : "trials"}
        params={
          agency
            ? { client: filters.client?.toString(), status: filters.status, flag: filters.flag, owner: filters.owner?.toString() }
            : { status: filters.status, flag: filters.flag }
        }
      />
    </>
  );
}
