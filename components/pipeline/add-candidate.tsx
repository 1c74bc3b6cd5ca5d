"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ServerAction } from "@/lib/action-types";
import type { AddToRoleRequest } from "@/lib/pipeline/schemas";

type Match = { id: number; name: string; email: string; currentTitle: string | null };
type AddAction = ServerAction<AddToRoleRequest>;

/** Finds a candidate by name, email, title or skill and puts them on the role at Sourced. */
export function AddCandidate({ roleId, addAction }: { roleId: number; addAction: AddAction }) {
  const router = useRouter();
  const [q, setQ] = useState("");
  const [matches, setMatches] = useState<Match[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (q.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/candidates/lookup?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (res.ok) setMatches(((await res.json()) as { results: Match[] }).results);
      } catch {
        // aborted by the next keystroke
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const add = (m: Match) =>
    startTransition(async () => {
      const result = await addAction(null, { roleId, candidateId: m.id });
      setMessage({ ok: result.ok, text: result.ok ? (result.message ?? "Added.") : result.message });
      if (result.ok) {
        setQ("");
        setMatches([]);
        router.refresh();
      }
    });

  return (
    <div className="relative w-full max-w-md">
      <label htmlFor="add-candidate" className="mb-1 block text-sm font-medium text-slate-700">
        Add a candidate to this role
      </label>
      <input
        id="add-candidate"
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value.trim().length < 2) setMatches([]);
        }}
        placeholder="Name, email, title or skill"
        autoComplete="off"
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      {matches.length > 0 && q.trim().length >= 2 ? (
        <ul aria-label="Matching candidates" className="absolute z-20 mt-1 w-full rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {matches.map((m) => (
            <li key={m.id}>
              <button type="button" disabled={pending} onClick={() => add(m)} className="block w-full px-3 py-2 text-left hover:bg-brand-50" aria-label={`Add ${m.name}`}>
                <span className="block text-sm font-medium">{m.name}</span>
                <span className="block text-xs text-slate-500">{[m.currentTitle, m.email].filter(Boolean).join(" · ")}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        <p role={message.ok ? "status" : "alert"} aria-label="Add candidate status" className={`mt-1 text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
