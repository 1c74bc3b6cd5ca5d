"use client";

import { useSoftNavigation } from "@/components/ui/soft-navigation";
import { RoleStatusBadge } from "@/components/ui/status-badges";
import type { RoleStatus, Stage } from "@/lib/domain";

export type RoleRow = {
  id: number;
  title: string;
  client: string;
  headcount: number;
  type: string;
  status: RoleStatus;
  owner: string;
  /** Counts in the order of `stages`. */
  counts: number[];
  activity: string;
};

// A client component on purpose: the page sends compact rows (data) instead of a serialized
// element tree per cell, which roughly halves the work of rendering a page of roles.
export function RolesTable({ rows, stages, stageLabels }: { rows: RoleRow[]; stages: Stage[]; stageLabels: Record<Stage, string> }) {
  const navigate = useSoftNavigation();
  return (
    <table className="data-table" onClick={navigate}>
      <thead>
        <tr>
          <th>Role</th>
          <th>Type</th>
          <th>Status</th>
          <th>Owner</th>
          {stages.map((s) => (
            <th key={s} scope="col" className="num">
              <abbr title={stageLabels[s]}>{stageLabels[s].slice(0, 3)}</abbr>
            </th>
          ))}
          <th>Activity</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5 + stages.length} className="empty">
              No roles match these filters.
            </td>
          </tr>
        ) : null}
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={`/roles/${r.id}`} className="primary">
                {r.title}
              </a>
              <span className="sub">{`${r.client} · ${r.headcount} ${r.headcount === 1 ? "hire" : "hires"}`}</span>
            </td>
            <td>{r.type}</td>
            <td>
              <RoleStatusBadge status={r.status} />
            </td>
            <td>{r.owner}</td>
            {r.counts.map((n, i) => (
              <td key={stages[i]} className={n ? "num" : "num zero"}>
                {n}
              </td>
            ))}
            <td className="whitespace-nowrap">{r.activity}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
