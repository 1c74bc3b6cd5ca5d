// How much each home list shows, and where its count stops: a home is a bounded list of what
// needs the viewer, so it costs the same whether the agency has a thousand applications or four million.

/** Rows each home list shows; the rest are one link away. */
export const HOME_LIST_LIMIT = 8;

/** Counts stop here and read "100+": counting further would cost as much as the whole list. */
export const HOME_COUNT_CAP = 100;

/** A count that stopped at the cap, as shown. */
export type CappedCount = { total: number; capped: boolean };

/** "100+" past the cap, the number otherwise. */
export const countLabel = ({ total, capped }: CappedCount): string => (capped ? `${HOME_COUNT_CAP}+` : String(total));

/** A count read with `limit HOME_COUNT_CAP + 1`, as a capped count. */
export const cappedCount = (n: number): CappedCount => (n > HOME_COUNT_CAP ? { total: HOME_COUNT_CAP, capped: true } : { total: n, capped: false });
