"use client";

import Link from "next/link";

export type CandidateRow = { id: number; name: string; sub: string; skills: string; experience: string; source: string; roles: number };

// A client component on purpose: compact rows instead of a serialized element tree per cell.
export function CandidatesTable({ rows }: { rows: CandidateRow[] }) {
  return (
    <table className="data-table">
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
              <Link href={`/candidates/${c.id}`} className="primary" prefetch={false}>
                {c.name}
              </Link>
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
