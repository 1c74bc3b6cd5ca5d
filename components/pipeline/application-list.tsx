"use client";

import Link from "next/link";
import { useState } from "react";
import type { Stage } from "@/db/schema";
import { RejectDialog } from "./reject-dialog";
import type { BoardCard, PipelineLabels } from "./types";
import { useMoves, type MoveAction } from "./use-moves";

type Props = {
  roleId: number;
  rows: BoardCard[];
  stages: Stage[];
  bulkTargets: Stage[];
  labels: PipelineLabels;
  moveAction: MoveAction;
  sort: { key: string; dir: "asc" | "desc"; hrefFor: Record<string, string> };
};

const columns = [
  { key: "name", label: "Candidate" },
  { key: "stage", label: "Stage" },
  { key: "days", label: "Days in stage" },
  { key: "owner", label: "Owner" },
];

/** The role's applications as a table: sortable, and several can be moved or rejected at once. */
export function ApplicationList({ roleId, rows, bulkTargets, labels, moveAction, sort }: Props) {
  const { cards, message, move, pendingReject, confirmReject, cancelReject } = useMoves(roleId, rows, moveAction);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [target, setTarget] = useState<Stage | "">("");
  const chosen = cards.filter((c) => selected.has(c.id));
  const allChecked = cards.length > 0 && chosen.length === cards.length;

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
        <span className="text-sm text-slate-600">{chosen.length} selected</span>
        <label htmlFor="bulk-target" className="sr-only">
          Move selected to
        </label>
        <select id="bulk-target" value={target} onChange={(e) => setTarget(e.target.value as Stage)} className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm">
          <option value="">Move selected to…</option>
          {bulkTargets.map((s) => (
            <option key={s} value={s}>
              {labels.stages[s]}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!target || chosen.length === 0}
          onClick={() => {
            if (target) move(chosen, target);
            setSelected(new Set());
          }}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
        >
          Move
        </button>
        {bulkTargets.includes("rejected") ? (
          <button
            type="button"
            disabled={chosen.length === 0}
            onClick={() => {
              move(chosen, "rejected");
              setSelected(new Set());
            }}
            className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-700 disabled:opacity-50"
          >
            Reject selected
          </button>
        ) : null}
        {message ? (
          <p role={message.ok ? "status" : "alert"} aria-label="Board message" className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>
            {message.text}
          </p>
        ) : null}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="w-10 px-4 py-3">
                <input
                  type="checkbox"
                  aria-label="Select all"
                  checked={allChecked}
                  onChange={() => setSelected(allChecked ? new Set() : new Set(cards.map((c) => c.id)))}
                />
              </th>
              {columns.map((c) => (
                <th key={c.key} className="px-4 py-3 font-medium" aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link href={sort.hrefFor[c.key]} className="hover:text-slate-800">
                    {c.label}
                    {sort.key === c.key ? (sort.dir === "asc" ? " ↑" : " ↓") : ""}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {cards.map((c) => (
              <tr key={c.id}>
                <td className="px-4 py-2.5">
                  <input
                    type="checkbox"
                    aria-label={`Select ${c.name}`}
                    checked={selected.has(c.id)}
                    onChange={() => setSelected((s) => (s.has(c.id) ? new Set([...s].filter((x) => x !== c.id)) : new Set([...s, c.id])))}
                  />
                </td>
                <td className="px-4 py-2.5">
                  <Link href={`/candidates/${c.candidateId}`} className="font-medium text-brand-700 hover:underline">
                    {c.name}
                  </Link>
                  {c.currentTitle ? <p className="text-xs text-slate-500">{c.currentTitle}</p> : null}
                </td>
                <td className="px-4 py-2.5 text-slate-700">{labels.stages[c.stage]}</td>
                <td className="px-4 py-2.5 tabular-nums text-slate-700">{c.days}</td>
                <td className="px-4 py-2.5 text-slate-700">{c.ownerName ?? "—"}</td>
              </tr>
            ))}
            {cards.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-4 py-8 text-center text-slate-500">
                  No candidates here.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {pendingReject ? <RejectDialog names={pendingReject.map((c) => c.name)} reasons={labels.reasons} onConfirm={confirmReject} onCancel={cancelReject} /> : null}
    </div>
  );
}
