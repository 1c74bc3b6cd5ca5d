// Days counted from the real today (UTC), for tests of rules that read the clock themselves (a
// trial must not be over before it is saved; an extension must end today or later): fixed dates
// there would start failing once the calendar passed them.

/** The UTC date `days` from today, as YYYY-MM-DD. */
export const daysFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
