import { scaleBand, scaleLinear } from "d3-scale";
import { cn } from "@/components/ui/cn";
import { percent } from "@/lib/labels";

// A horizontal bar chart drawn on the server as SVG with d3-scale (no JavaScript reaches the
// browser): one bar per row, its value written at its end, an optional marker (e.g. the 75th
// percentile beside a median), a labelled value axis with ticks, and rows with too few cases
// drawn faint and striped. Colours are the theme's tokens, so light and dark both read. The
// numbers are also in the table beside every chart (ReportTableView), which is what a screen
// reader is pointed to: the SVG is one image with a summary as its name.

export type Bar = {
  label: string;
  value: number | null;
  /** Written at the end of the bar, e.g. "42% (21 of 50)". */
  valueLabel: string;
  /** A second value drawn as a tick on the bar, e.g. the 75th percentile. */
  marker?: number | null;
  /** Too few cases to read: drawn faint. */
  small?: boolean;
};

type Props = {
  /** The chart's accessible name, a sentence saying what it shows. */
  title: string;
  bars: Bar[];
  /** The value axis's title, e.g. "Applications" or "Conversion (%)". */
  axisLabel: string;
  /** The upper end of the value axis; defaults to the largest value. */
  max?: number;
  /** Tick labels: whole numbers, percentages (values 0–1) or days. */
  format?: "count" | "percent" | "days";
  markerLabel?: string;
};

const WIDTH = 880;
const VALUE_ROOM = 170;
/** About the width of one character of a 14px label, so the label column fits the longest label. */
const CHAR_WIDTH = 7.6;
const LABEL_ROOM = { min: 120, max: 300 };
const BAR_HEIGHT = 30;
const TOP = 8;
const AXIS_ROOM = 48;

const tickText = (v: number, format: Props["format"]) =>
  format === "percent" ? `${percent(v)}%` : format === "days" ? `${v}` : v >= 1000 ? `${(v / 1000).toLocaleString("en")}k` : `${v}`;

export function BarChart({ title, bars, axisLabel, max, format = "count", markerLabel }: Props) {
  // The label column grows with the longest label (up to 300 of the 880 units); a longer one is
  // shortened with an ellipsis and keeps its full text as its tooltip.
  const longest = Math.max(0, ...bars.map((b) => b.label.length));
  const labelWidth = Math.min(LABEL_ROOM.max, Math.max(LABEL_ROOM.min, Math.ceil(longest * CHAR_WIDTH) + 16));
  const fits = Math.floor((labelWidth - 16) / CHAR_WIDTH);
  const shown = (label: string) => (label.length <= fits ? label : `${label.slice(0, fits - 1).trimEnd()}…`);
  const top = Math.max(max ?? 0, ...bars.map((b) => Math.max(b.value ?? 0, b.marker ?? 0)), format === "percent" ? 0 : 1);
  const x = scaleLinear()
    .domain([0, top || 1])
    .range([labelWidth, WIDTH - VALUE_ROOM])
    .nice();
  const y = scaleBand()
    .domain(bars.map((_, i) => String(i)))
    .range([TOP, TOP + bars.length * BAR_HEIGHT])
    .padding(0.25);
  const height = TOP + bars.length * BAR_HEIGHT + AXIS_ROOM;
  const axisY = TOP + bars.length * BAR_HEIGHT;
  return (
    // On a phone the chart keeps its size and scrolls sideways inside its box, which keyboard users
    // can reach (tab to it, then the arrow keys).
    <figure tabIndex={0} aria-label={`${title} (chart)`} className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-accent">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} className="h-auto w-full max-w-[880px] min-w-[640px] text-fg">
        <defs>
          <pattern id="small-sample" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="fill-subtle/25" />
            <line x1="0" y1="0" x2="0" y2="6" className="stroke-subtle" strokeWidth="2" />
          </pattern>
        </defs>
        {x.ticks(5).map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={TOP} y2={axisY} className="stroke-line" strokeDasharray="2 3" />
            <text y={axisY + 16} textAnchor="middle" className="fill-muted text-[13px]">
              {tickText(t, format)}
            </text>
          </g>
        ))}
        <line x1={labelWidth} x2={WIDTH - VALUE_ROOM} y1={axisY} y2={axisY} className="stroke-line-strong" />
        <text x={(labelWidth + WIDTH - VALUE_ROOM) / 2} y={axisY + 38} textAnchor="middle" className="fill-muted text-[14px] font-medium">
          {axisLabel}
        </text>
        {bars.map((b, i) => {
          const top = y(String(i))!;
          const end = x(b.value ?? 0);
          return (
            <g key={b.label}>
              <text
                x={labelWidth - 10}
                y={top + y.bandwidth() / 2}
                dy="0.35em"
                textAnchor="end"
                className={cn("text-[14px]", b.small ? "fill-muted" : "fill-fg")}
              >
                {b.label.length > fits ? <title>{b.label}</title> : null}
                {shown(b.label)}
              </text>
              <rect
                x={labelWidth}
                y={top}
                width={Math.max(0, end - labelWidth)}
                height={y.bandwidth()}
                rx="3"
                className={b.small ? "stroke-subtle" : "fill-accent"}
                fill={b.small ? "url(#small-sample)" : undefined}
              />
              {typeof b.marker === "number" ? (
                <line x1={x(b.marker)} x2={x(b.marker)} y1={top - 3} y2={top + y.bandwidth() + 3} className="stroke-fg" strokeWidth="2" />
              ) : null}
              <text
                x={Math.max(end, typeof b.marker === "number" ? x(b.marker) : 0) + 8}
                y={top + y.bandwidth() / 2}
                dy="0.35em"
                className={cn("text-[14px] tabular-nums", b.small ? "fill-muted" : "fill-fg")}
              >
                {b.valueLabel}
              </text>
            </g>
          );
        })}
      </svg>
      {markerLabel || bars.some((b) => b.small) ? (
        <figcaption className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted">
          {markerLabel ? (
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-0.5 bg-fg" /> {markerLabel}
            </span>
          ) : null}
          {bars.some((b) => b.small) ? (
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-4 rounded-sm border border-subtle bg-subtle/25" /> Fewer than 5: too few to read
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
