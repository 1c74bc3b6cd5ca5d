import type { Metadata } from "next";
import Link from "next/link";
import { StageCountCells, StageCountHeaders } from "@/components/roles/stage-counts";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RoleStatusBadge } from "@/components/ui/status-badges";
import type { RoleStatus, RoleType } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { can, isAgency } from "@/lib/authz";
import { formatDate, roleStatusLabels, roleTypeLabels } from "@/lib/labels";
import { boardStages } from "@/lib/pipeline/queries";
import { listRoles, roleFormOptions } from "@/lib/roles/queries";
import { roleFiltersSchema } from "@/lib/roles/schemas";

export const metadata: Metadata = { title: "Roles" };

const select = "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm";

export default async function RolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("roles:view", "/roles");
  const filters = roleFiltersSchema.parse(await searchParams);
  const { rows, total, page, pages } = listRoles(viewer, filters);
  const options = roleFormOptions(viewer);
  const { active } = boardStages(viewer);
  const agency = isAgency(viewer);

  return (
    <>
      <PageHeader
        title="Roles"
        subtitle={agency ? "Open positions at every client, most recently active first." : `Open positions at ${viewer.organizationName}.`}
        actions={
          can(viewer, "roles:manage") ? (
            <Link href="/roles/new" className={buttonClass()}>
              New role
            </Link>
          ) : null
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter roles">
        {agency ? (
          <label className="text-sm">
            <span className="mb-1 block font-medium text-slate-700">Client</span>
            <select name="client" defaultValue={filters.client ?? ""} className={select}>
              <option value="">All clients</option>
              {options.clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Type</span>
          <select name="type" defaultValue={filters.type ?? ""} className={select}>
            <option value="">All types</option>
            {(Object.keys(roleTypeLabels) as RoleType[]).map((t) => (
              <option key={t} value={t}>
                {roleTypeLabels[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Status</span>
          <select name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">All statuses</option>
            {(Object.keys(roleStatusLabels) as RoleStatus[]).map((s) => (
              <option key={s} value={s}>
                {roleStatusLabels[s]}
              </option>
            ))}
          </select>
        </label>
        {agency ? (
          <label className="text-sm">
            <span className="mb-1 block font-medium text-slate-700">Owner</span>
            <select name="owner" defaultValue={filters.owner ?? ""} className={select}>
              <option value="">Anyone</option>
              {options.recruiters.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
        {filters.client || filters.type || filters.status || filters.owner ? (
          <Link href="/roles" className="py-2 text-sm text-brand-700 hover:underline">
            Clear
          </Link>
        ) : null}
      </form>
      <Card className="overflow-x-auto p-0">
        <table className="data-table">
          <thead>
            <tr>
              <th>Role</th>
              <th>Type</th>
              <th>Status</th>
              <th>Owner</th>
              <StageCountHeaders stages={active} />
              <th>Activity</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={5 + active.length} className="empty">
                  No roles match these filters.
                </td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/roles/${r.id}`} className="primary" prefetch={false}>
                    {r.title}
                  </Link>
                  <span className="sub">
                    {r.clientName} · {r.headcount} {r.headcount === 1 ? "hire" : "hires"}
                  </span>
                </td>
                <td>{roleTypeLabels[r.type]}</td>
                <td>
                  <RoleStatusBadge status={r.status} />
                </td>
                <td>{r.ownerName}</td>
                <StageCountCells stages={active} counts={r.stageCounts} />
                <td className="whitespace-nowrap">{formatDate(r.lastActivityAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        noun={total === 1 ? "role" : "roles"}
        params={{ client: filters.client?.toString(), type: filters.type, status: filters.status, owner: filters.owner?.toString() }}
      />
    </>
  );
}
