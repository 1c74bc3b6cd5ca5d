// Pure: turns what a user typed into a safe FTS5 query. No I/O.

const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 64;

/** The indexed columns a search without "candidates:view-contact" may match: never the email. */
export const PUBLIC_SEARCH_COLUMNS = ["name", "current_title", "skills"] as const;

/**
 * Each run of letters or digits becomes a quoted prefix term ("typ"* finds TypeScript); every
 * term must match. Quotes, operators (*, -, ^, :, NEAR, AND/OR/NOT) and punctuation are never
 * passed to FTS5 as syntax. With `columns`, every term must match within those columns (a
 * client's search never matches an email). Returns null when nothing searchable is left.
 */
export function buildFtsQuery(input: string | null | undefined, columns?: readonly string[]): string | null {
  if (!input) return null;
  const tokens = input.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = tokens.slice(0, MAX_TOKENS).map((t) => `"${t.slice(0, MAX_TOKEN_LENGTH).toLowerCase()}"*`);
  if (!terms.length) return null;
  return columns ? `{${columns.join(" ")}} : (${terms.join(" ")})` : terms.join(" ");
}

/** The longest skill tag kept, and how many a candidate or role keeps (the forms refuse more rather than cut them). */
export const SKILL_MAX_LENGTH = 40;
export const SKILLS_MAX = 30;

/** The skills of a comma-separated list as typed: each trimmed, inner spaces collapsed, blanks dropped (the form's check reads these too). */
export function skillItems(input: string | null | undefined): string[] {
  return (input ?? "")
    .split(",")
    .map((raw) => raw.trim().replace(/\s+/g, " "))
    .filter(Boolean);
}

/** Skill tags from a comma-separated list: trimmed, de-duplicated case-insensitively. */
export function parseSkills(input: string | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of skillItems(input)) {
    const skill = item.slice(0, SKILL_MAX_LENGTH);
    if (seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    out.push(skill);
  }
  return out.slice(0, SKILLS_MAX);
}
