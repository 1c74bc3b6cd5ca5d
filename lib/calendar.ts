// Plain date limits shared by forms (in the browser) and the server: no zod, no server code.

/**
 * A year from today (UTC), as YYYY-MM-DD: the latest day a role may open, an interview be booked
 * or a trial start. Later reads like a typo (2206 for 2026), which the date pickers make easy.
 */
export function yearAhead(now: number = Date.now()): string {
  return new Date(now + 366 * 86_400_000).toISOString().slice(0, 10);
}
