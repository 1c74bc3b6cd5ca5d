"use client";

// A client component on purpose, like the roles table: its props are plain data, so the page
// sends them once instead of a serialized element tree per item.
import { Badge } from "@/components/ui/badge";
import type { Stage } from "@/lib/domain";
import { stageLabels } from "@/lib/pipeline/stages";

/** One entry as the page sends it: its time already formatted in the viewer's zone, its role named with the client. */
export type TimelineItem =
  | { kind: "stage"; id: string; when: string; who: string; where: string | null; from: Stage | null; to: Stage; reason: string | null }
  | {
      kind: "note";
      id: string;
      when: string;
      who: string;
      where: string | null; /** Shown to the agency, who has both kinds; a client's notes are all shared. */
      visibility: "internal" | "shared" | null;
      body: string;
    };

export function Timeline({ entries }: { entries: TimelineItem[] }) {
  if (entries.length === 0) return <p className="text-sm text-muted">Nothing has happened yet.</p>;
  return (
    <ol aria-label="Activity" className="space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="border-l-2 border-line pl-4">
          <p className="text-xs text-muted">{[e.when, e.who, e.where].filter(Boolean).join(" · ")}</p>
          {e.kind === "stage" ? (
            <p className="mt-0.5 text-sm text-fg">
              {e.from ? (
                <>
                  Moved from <strong>{stageLabels[e.from]}</strong> to <strong>{stageLabels[e.to]}</strong>
                </>
              ) : e.to === "submitted" ? (
                // A client sees the first submission without the agency stage it came from.
                <>
                  <strong>Submitted</strong> by the agency
                </>
              ) : (
                <>
                  Added at <strong>{stageLabels[e.to]}</strong>
                </>
              )}
              {e.reason ? <span className="text-muted">{` — ${e.reason}`}</span> : null}
            </p>
          ) : (
            <div className="mt-1 rounded-md bg-surface-2 px-3 py-2 text-sm text-fg">
              {e.visibility ? (
                <div className="mb-1">{e.visibility === "internal" ? <Badge tone="amber">Internal</Badge> : <Badge tone="blue">Shared with client</Badge>}</div>
              ) : null}
              <p className="whitespace-pre-line">{e.body}</p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
