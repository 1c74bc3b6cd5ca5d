import Link from "next/link";
import { RoleFilters } from "@/components/roles/role-filters";
import { RolesTable } from "@/components/roles/roles-table";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { scopeOf } from "@/lib/access/scope";
import { formatDate, roleStatusLabels, roleTypeLabels, titleNamesType } from "@/lib/labels";
import { boardStages } from "@/lib/pipeline/queries";
import { stageLabels } from "@/lib/pipeline/stages";
import { listRoles, roleFilterOptions } from "@/lib/roles/queries";
import { roleFiltersSchema } from "@/lib/roles/schemas";

export const generateMetadata = titleFor("roles:view", "/roles", "Roles");

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export default async function RolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("roles:view", "/roles");
  const filters = roleFiltersSchema.parse(await searchParams);
  const { rows, total, page, pages } = listRoles(viewer, filters);
  const options = roleFilterOptions(viewer, filters.client);
  const { active } = boardStages(viewer);
  const allCompanies = can(viewer, "clients:view-all");

  return (
    <>
      <PageHeader
        title="Roles"
        subtitle={allCompanies ? "Open positions at every client, most recently active first." : `Open positions at ${viewer.organizationName}.`}
        actions={
          can(viewer, "roles:manage") ? (
            <Button asChild>
              <Link href="/roles/new">New role</Link>
            </Button>
          ) : null
        }
      />
      <RoleFilters
        values={filters}
        clientPicker={allCompanies ? { chosen: options.client } : null}
        owners={allCompanies ? options.recruiters.map((r) => ({ value: String(r.id), label: r.name })) : null}
        types={choices(roleTypeLabels)}
        statuses={choices(roleStatusLabels)}
        searchHint={allCompanies ? "Title or client" : "Role title"}
      />
      <Card flush>
        <RolesTable
          // A client counts only the candidates submitted to them: an empty bar is not an empty role.
          emptyPipeline={scopeOf(viewer).submittedOnly ? "None submitted yet" : "No candidates yet"}
          rows={rows.map((r) => ({
            id: r.id,
            title: r.title,
            client: r.clientName,
            headcount: r.headcount,
            type: titleNamesType(r.title, r.type) ? null : roleTypeLabels[r.type],
            status: r.status,
            owner: r.ownerName,
            pipeline: active.map((stage) => ({ stage, label: stageLabels[stage], count: r.stageCounts[stage] ?? 0 })),
            activity: formatDate(r.lastActivityAt),
          }))}
        />
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        noun={total === 1 ? "role" : "roles"}
        params={{ q: filters.q, client: filters.client?.toString(), type: filters.type, status: filters.status, owner: filters.owner?.toString() }}
      />
    </>
  );
}
