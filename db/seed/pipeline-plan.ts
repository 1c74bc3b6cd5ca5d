import type { Stage } from "../schema";
import type { Random } from "./random";

// Pure helpers shared by the demo and large seeds: believable stage histories.

const PATH: Stage[] = ["sourced", "screening", "interviewing", "submitted", "client_interview", "offer", "trial", "hired"];
const CLIENT_VISIBLE = new Set<Stage>(["submitted", "client_interview", "offer", "trial", "hired"]);
const DAY = 86_400_000;

/** How often each stage is where an application ends up (roughly a real funnel). */
export const stageWeights: [Stage, number][] = [
  ["sourced", 22],
  ["screening", 16],
  ["interviewing", 12],
  ["submitted", 9],
  ["client_interview", 7],
  ["offer", 3],
  ["trial", 2],
  ["hired", 2],
  ["rejected", 22],
  ["withdrawn", 5],
];

export function pickStage(rand: Random, weights: [Stage, number][] = stageWeights): Stage {
  const total = weights.reduce((n, [, w]) => n + w, 0);
  let x = rand.next() * total;
  for (const [stage, w] of weights) {
    x -= w;
    if (x < 0) return stage;
  }
  return weights[0][0];
}

export type PlannedEvent = { from: Stage | null; to: Stage; at: number };
export type PlannedApplication = { events: PlannedEvent[]; stage: Stage; stageChangedAt: number; submittedAt: number | null; createdAt: number };

/** The stage changes that lead to `target`, ending at most `maxDaysAgo` before `now`. */
export function planApplication(rand: Random, target: Stage, now: number, maxDaysAgo = 60): PlannedApplication {
  let path: Stage[];
  if (target === "rejected" || target === "withdrawn") {
    const reached = rand.int(0, 5);
    path = [...PATH.slice(0, reached + 1), target];
  } else {
    path = PATH.slice(0, PATH.indexOf(target) + 1);
  }
  // Walk backwards from the last change so every date is in the past.
  const lastChange = now - rand.int(0, Math.min(12, maxDaysAgo)) * DAY - rand.int(0, 8 * 3600_000);
  const times: number[] = [lastChange];
  // A few days between moves; into Hired, the two-week trial's length (a hire is its conversion).
  for (let i = path.length - 2; i >= 0; i--)
    times.unshift(times[0] - (path[i + 1] === "hired" ? rand.int(12, 14) : rand.int(1, 6)) * DAY - rand.int(0, 6 * 3600_000));
  const events: PlannedEvent[] = path.map((to, i) => ({ from: i === 0 ? null : path[i - 1], to, at: times[i] }));
  const firstVisible = events.find((e) => CLIENT_VISIBLE.has(e.to));
  return { events, stage: target, stageChangedAt: lastChange, submittedAt: firstVisible?.at ?? null, createdAt: times[0] };
}

/** A minimal, valid one-page PDF with the given text, for demo résumés. */
export function tinyPdf(text: string): Buffer {
  const safe = text.replace(/[()\\]/g, "");
  const stream = `BT /F1 14 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
