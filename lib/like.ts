import { and, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** Text for a LIKE pattern with its wildcards (`%`, `_`) and the escape itself taken literally; pair with `escape '\'`. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every word of `q` found in one of `columns` (in any order; ASCII case ignored, as LIKE does), or
 * undefined when `q` has no words: the search of the short lists (clients, users).
 */
export function everyWordIn(q: string | undefined, columns: SQLWrapper[]): SQL | undefined {
  const words = (q ?? "").split(/\s+/).filter(Boolean);
  return and(
    ...words.map((word) => {
      const pattern = `%${escapeLike(word)}%`;
      return or(...columns.map((column) => sql`${column} like ${pattern} escape '\\'`));
    }),
  );
}
