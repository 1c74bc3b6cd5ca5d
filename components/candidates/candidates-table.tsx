"use client";

import { useSoftNavigation } from "@/components/ui/soft-navigation";

export type CandidateRow = { id: number; name: string; sub: string; skills: string; experience: string; source: string; roles: number };

// A client component on purpose: compact rows instead of a serialized element tree per cell.
export function CandidatesTable({ rows }: { rows: CandidateRow[] }) {
  const navigate = useSoftNavigation();
  return (
    <table className="data-table" onClick={navigate}>
      <thead>
        <tr>
          <th>Candidate</th>
          <th>Skills</th>
          <th>Experience</th>
          <th>Source</th>
          <th>Roles</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="empty">
              No candidates match.
            </td>
          </tr>
        ) : null}
        {rows.map((c) => (
          <tr key={c.id}>
            <td>
              <a href={`/candidates/${c.id}`} className="primary">
                {c.name}
              </a>
              <span className="sub">{c.sub}</span>
            </td>
            <td className="max-w-xs truncate">{c.skills}</td>
            <td>{c.experience}</td>
            <td>{c.source}</td>
            <td className="tabular-nums">{c.roles}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
