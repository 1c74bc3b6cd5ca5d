import "server-only";
import { prepared } from "@/lib/db";
import { counters, type CounterName } from "@/db/schema";

/**
 * The agency-wide totals (the home's tiles, the number of decided trials), read from the rows the
 * database's triggers keep (db/schema/counters.ts): a few primary-key lookups, whatever the
 * agency's size. A name never counted yet reads 0.
 */
export function readCounters(): (name: CounterName) => number {
  const rows = prepared("counters", (d) => d.select().from(counters).prepare()).all();
  const values = new Map(rows.map((r) => [r.name, r.value]));
  return (name) => values.get(name) ?? 0;
}
