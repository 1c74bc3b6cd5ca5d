"use client";

// A client component on purpose: the page sends the entries as data, not a serialized element
// tree per entry, which is most of a busy candidate page's rendering.
import type { Stage } from "@/lib/domain";
import type { TimelineEntry } from "@/lib/candidates/queries";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/labels";

type Entry = TimelineEntry;

export function Timeline({ entries, stageLabels }: { entries: Entry[]; stageLabels: Record<Stage, string> }) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">Nothing has happened yet.</p>;
  return (
    <ol aria-label="Activity" className="timeline">
      {entries.map((e) => (
        <li key={e.id}>
          <p>{`${formatDateTime(e.at)} · ${e.actorName ?? "System"}${e.roleTitle ? ` · ${e.roleTitle}` : ""}`}</p>
          {e.kind === "stage" ? (
            <p className="what">
              {e.from ? (
                <>
                  Moved from <strong>{stageLabels[e.from]}</strong> to <strong>{stageLabels[e.to]}</strong>
                </>
              ) : (
                <>
                  Added at <strong>{stageLabels[e.to]}</strong>
                </>
              )}
              {e.reason ? <span className="text-slate-600">{` — ${e.reason}`}</span> : null}
            </p>
          ) : (
            <div className="note">
              <div className="mb-1">{e.visibility === "internal" ? <Badge tone="amber">Internal</Badge> : <Badge tone="blue">Shared with client</Badge>}</div>
              <p className="whitespace-pre-line">{e.body}</p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
