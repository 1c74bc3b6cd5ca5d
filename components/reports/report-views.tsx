import type { Calibration } from "@/lib/reports/calibration-summary";
import type { Funnel } from "@/lib/reports/funnel";
import type { SourceRow } from "@/lib/reports/sources";
import { formatDays, formatRate, SMALL_SAMPLE } from "@/lib/reports/stats";
import type { ReportTable } from "@/lib/reports/table";
import type { TimeInStage } from "@/lib/reports/time-in-stage";
import type { TrialsReport } from "@/lib/reports/trials";
import { BarChart } from "./bar-chart";
import { ChartPanel, TablePanel } from "./chart-panel";

// Each report's charts, from its figures and its tables (the same tables as the CSV).

const n = (v: number) => v.toLocaleString("en");
const share = (rate: number | null, part: number, whole: number) => (rate === null ? "—" : `${formatRate(rate)} (${n(part)} of ${n(whole)})`);

export function FunnelView({ data, tables }: { data: Funnel; tables: ReportTable[] }) {
  return (
    <ChartPanel
      title="Applications reaching each stage"
      note={`${n(data.total)} applications added in the range. Each bar: how many reached the stage (or a later one); beside it, the conversion from the stage before.`}
      chart={
        <BarChart
          title={`Funnel: ${data.steps.map((s) => `${s.label} ${n(s.reached)}`).join(", ")}`}
          axisLabel="Applications"
          bars={data.steps.map((s, i) => ({
            label: s.label,
            value: s.reached,
            valueLabel: i === 0 ? n(s.reached) : `${n(s.reached)} · ${formatRate(s.conversion)}`,
            small: s.small,
          }))}
        />
      }
      table={tables[0]}
    />
  );
}

export function TimeInStageView({ data, tables }: { data: TimeInStage; tables: ReportTable[] }) {
  const bars = [
    ...data.stages.map((s) => ({ label: s.label, spread: s })),
    { label: "Added → submitted", spread: data.toSubmit },
    { label: "Added → hired", spread: data.toHire },
  ];
  return (
    <>
      <ChartPanel
        title="Days in each stage"
        note="Stays that began in the range and have ended: the bar is the median, the tick the 75th percentile. Then the time from adding a candidate to a role to submitting them, and to hiring them."
        chart={
          <BarChart
            title={`Median days: ${bars.map((b) => `${b.label} ${formatDays(b.spread.median)}`).join(", ")}`}
            axisLabel="Days (bar: median, tick: 75th percentile)"
            format="days"
            markerLabel="75th percentile"
            bars={bars.map((b) => ({
              label: b.label,
              value: b.spread.median,
              marker: b.spread.p75,
              valueLabel: b.spread.count ? `${formatDays(b.spread.median)} d · n=${n(b.spread.count)}` : "none",
              small: b.spread.count < SMALL_SAMPLE,
            }))}
          />
        }
        table={tables[0]}
      />
      <TablePanel title="Time to submit and to hire" table={tables[1]} />
    </>
  );
}

export function SourcesView({ data, tables }: { data: SourceRow[]; tables: ReportTable[] }) {
  return (
    <>
      <ChartPanel
        title="Trial conversion by source"
        note="Of the trials decided, the share that converted into a hire, by where the candidate came from: the sources whose placements last."
        chart={
          <BarChart
            title={`Trial conversion by source: ${data.map((s) => `${s.label} ${formatRate(s.conversion)}`).join(", ")}`}
            axisLabel="Trials converted (% of decided)"
            format="percent"
            max={1}
            bars={data.map((s) => ({
              label: s.label,
              value: s.conversion,
              valueLabel: share(s.conversion, s.converted, s.decided),
              small: s.decided < SMALL_SAMPLE,
            }))}
          />
        }
        table={tables[0]}
      />
    </>
  );
}

export function TrialsView({ data, tables }: { data: TrialsReport; tables: ReportTable[] }) {
  const [counts, byType, byClient, reasons] = tables;
  const shown = 15;
  return (
    <>
      <ChartPanel
        title="How trials ended"
        note={`${n(data.counts.started)} trials started in the range; ${n(data.counts.extended)} of them were extended at least once (counted again in the last bar).`}
        chart={
          <BarChart
            title={`Trials started ${data.counts.started}: converted ${data.counts.converted}, ended ${data.counts.ended}, running ${data.counts.running}, extended ${data.counts.extended}`}
            axisLabel="Trials"
            bars={[
              { label: "Converted", value: data.counts.converted, valueLabel: n(data.counts.converted) },
              { label: "Ended", value: data.counts.ended, valueLabel: n(data.counts.ended) },
              { label: "Running or undecided", value: data.counts.running, valueLabel: n(data.counts.running) },
              { label: "Of these, extended", value: data.counts.extended, valueLabel: n(data.counts.extended) },
            ]}
          />
        }
        table={counts}
      />
      <ChartPanel
        title="Conversion by role type"
        chart={
          <BarChart
            title={`Conversion by role type: ${data.byType.map((t) => `${t.label} ${formatRate(t.conversion)}`).join(", ")}`}
            axisLabel="Converted (% of decided)"
            format="percent"
            max={1}
            bars={data.byType.map((t) => ({
              label: t.label,
              value: t.conversion,
              valueLabel: share(t.conversion, t.converted, t.decided),
              small: t.decided < SMALL_SAMPLE,
            }))}
          />
        }
        table={byType}
      />
      <TablePanel
        title="Conversion by client"
        note={byClient.rows.length > shown ? `The ${shown} clients with the most decided trials; the CSV lists all ${n(byClient.rows.length)}.` : undefined}
        table={{ ...byClient, rows: byClient.rows.slice(0, shown), small: byClient.small?.slice(0, shown) }}
      />
      <ChartPanel
        title="Why trials ended"
        chart={
          reasons.rows.length ? (
            <BarChart
              title={`Reasons trials ended: ${data.reasons.map((r) => `${r.label} ${r.count}`).join(", ")}`}
              axisLabel="Trials ended"
              bars={data.reasons.map((r) => ({ label: r.label, value: r.count, valueLabel: n(r.count) }))}
            />
          ) : (
            <p className="text-sm text-muted">No trial ended in this range.</p>
          )
        }
        table={reasons}
      />
    </>
  );
}

export function CalibrationView({ data, tables }: { data: Calibration; tables: ReportTable[] }) {
  const [bands, interviewers, attributes] = tables;
  const all = [...data.bands, data.notScored];
  const shown = 20;
  return (
    <>
      <ChartPanel
        title="Trial conversion by interview score"
        note={`${n(data.decided)} decided trials that started in the range, by the application's weighted interview score (its role's weights over its submitted scorecards). Bands with fewer than 5 trials are drawn faint: too few to read.`}
        chart={
          <BarChart
            title={`Conversion by weighted score: ${all.map((b) => `${b.label} ${formatRate(b.conversion)} of ${b.trials}`).join(", ")}`}
            axisLabel="Trials converted (% of decided)"
            format="percent"
            max={1}
            bars={all.map((b) => ({ label: b.label, value: b.conversion, valueLabel: share(b.conversion, b.converted, b.trials), small: b.small }))}
          />
        }
        table={bands}
      />
      <TablePanel
        title="Interviewers"
        note={`Each interviewer's mean rating (1–4, over their scorecards' ratings) for candidates whose trial converted against those whose trial ended, with how many scorecards each mean stands on. A large positive difference: their ratings foresaw the outcome.${interviewers.rows.length > shown ? ` The ${shown} with the most scorecards; the CSV lists all ${n(interviewers.rows.length)}.` : ""}`}
        table={{ ...interviewers, rows: interviewers.rows.slice(0, shown), small: interviewers.small?.slice(0, shown) }}
      />
      <TablePanel title="Attributes" note="The mean rating of each attribute for trials that converted against trials that ended." table={attributes} />
    </>
  );
}
