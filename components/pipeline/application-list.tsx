"use client";

import { useState } from "react";
import { useSoftNavigation } from "@/components/ui/soft-navigation";
import type { Stage } from "@/lib/domain";
import { stageLabels } from "@/lib/pipeline/stages";
import { MoveDialog } from "./move-dialog";
import type { MoveAction, MoveOption, PipelineCard } from "./types";
import { useMoves } from "./use-moves";

type Props = {
  roleId: number;
  rows: PipelineCard[];
  /** Every stage some shown card may move to, in board order (the registry's answer, as plain data). */
  bulkTargets: MoveOption[];
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
export function ApplicationList({ roleId, rows, bulkTargets, moveAction, sort }: Props) {
  const { cards, message, move, pending, confirm, cancel } = useMoves(roleId, rows, moveAction);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const navigate = useSoftNavigation();
  const [target, setTarget] = useState<Stage | "">("");
  const chosen = cards.filter((c) => selected.has(c.id));
  const allChecked = cards.length > 0 && chosen.length === cards.length;
  const reject = bulkTargets.find((o) => o.to === "rejected");

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
        <span className="text-sm text-slate-600">{chosen.length} selected</span>
        <label htmlFor="bulk-target" className="sr-only">
          Move selected to
        </label>
        <select id="bulk-target" value={target} onChange={(e) => setTarget(e.target.value as Stage)} className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm">
          <option value="">Move selected to…</option>
          {bulkTargets.map((o) => (
            <option key={o.to} value={o.to} disabled={!!o.disabled} title={o.disabled}>
              {o.disabled ? `${stageLabels[o.to]} (not available yet)` : stageLabels[o.to]}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!target || chosen.length === 0}
          onClick={() => {
            const option = bulkTargets.find((o) => o.to === target);
            if (option) move(chosen, option);
            setSelected(new Set());
          }}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
        >
          Move
        </button>
        {reject ? (
          <button
            type="button"
            disabled={chosen.length === 0}
            onClick={() => {
              move(chosen, reject);
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
        <table className="data-table" onClick={navigate}>
          <thead>
            <tr>
              <th className="w-10">
                <input
                  type="checkbox"
                  aria-label="Select all"
                  checked={allChecked}
                  onChange={() => setSelected(allChecked ? new Set() : new Set(cards.map((c) => c.id)))}
                />
              </th>
              {columns.map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
                  <a href={sort.hrefFor[c.key]} className="hover:text-slate-800" data-keep-scroll>
                    {`${c.label}${sort.key === c.key ? (sort.dir === "asc" ? " ↑" : " ↓") : ""}`}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cards.map((c) => (
              <tr key={c.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${c.name}`}
                    checked={selected.has(c.id)}
                    onChange={() => setSelected((s) => (s.has(c.id) ? new Set([...s].filter((x) => x !== c.id)) : new Set([...s, c.id])))}
                  />
                </td>
                <td>
                  <a href={`/candidates/${c.candidateId}`} className="primary">
                    {c.name}
                  </a>
                  {c.currentTitle ? <span className="sub">{c.currentTitle}</span> : null}
                </td>
                <td>{stageLabels[c.stage]}</td>
                <td className="tabular-nums">{c.days}</td>
                <td>{c.ownerName ?? "—"}</td>
              </tr>
            ))}
            {cards.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty">
                  No candidates here.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <MoveDialog pending={pending} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}
