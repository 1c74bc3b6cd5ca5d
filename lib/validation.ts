import { z } from "zod";
import { cleanMultiLine, cleanSingleLine } from "./text";

export { cleanMultiLine, cleanSingleLine };

// Shared zod pieces for every form and action. Plain module with no server imports: client
// components may import it to share a schema with the server.

type TextOptions = { max: number; tooLong: string; required?: string };

/** "Note is too long" says by how much the field may hold: "(at most 5,000 characters)". */
const withLimit = (message: string, max: number) => (/characters/.test(message) ? message : `${message} (at most ${max.toLocaleString("en")} characters)`);

function text(clean: (v: string) => string, { max, tooLong, required }: TextOptions) {
  const base = z
    .string({ error: required ?? "Enter text" })
    .overwrite(clean)
    .trim();
  return (required ? base.min(1, required) : base).max(max, withLimit(tooLong, max));
}

/** A required or optional single line, cleaned and trimmed before its length is checked. */
export const singleLineText = (options: TextOptions) => text(cleanSingleLine, options);
/** Like singleLineText, but keeps line breaks. */
export const multiLineText = (options: TextOptions) => text(cleanMultiLine, options);

/** An optional single line: missing becomes "". */
export const optionalText = (max: number, label: string) =>
  singleLineText({ max, tooLong: `${label} is too long` })
    .optional()
    .default("");
/** An optional multi-line text: missing becomes "". */
export const optionalMultiLineText = (max: number, label: string) =>
  multiLineText({ max, tooLong: `${label} is too long` })
    .optional()
    .default("");
/** An optional single line for a nullable column: blank or missing becomes null. */
export const optionalTextToNull = (max: number, label: string) => optionalText(max, label).transform((v) => v || null);

/** An optional phone number as people write it: digits, spaces, + ( ) - . / and an extension ("x 12", "ext. 12"). */
export const optionalPhone = () =>
  singleLineText({ max: 40, tooLong: "Phone is too long" })
    .regex(/^[0-9+()\-.\s/x]*(?:ext\.?\s*[0-9]+\s*)?$/i, "Enter a phone number (digits, spaces, + ( ) - . and an extension)")
    .optional()
    .default("");

/** How much of a list's search text is used: a longer one is cut here rather than ignored. */
export const SEARCH_MAX = 200;
/** A list's search box, read from the URL: one clean line of at most SEARCH_MAX characters (never a reason to fail the page). */
export const searchTextSchema = z
  .string()
  .overwrite(cleanSingleLine)
  .transform((v) => v.slice(0, SEARCH_MAX))
  .optional()
  .catch(undefined);

/** A form's empty field ("" or absent) is no value. */
export const blankToUndefined = (v: unknown) => (v === "" || v == null ? undefined : v);

const DIGITS = /^-?\d+$/;

/**
 * A whole number as a form posts it ("42") or JSON sends it (42). Only decimal digits with an
 * optional minus sign: "0x10", "1e3", "4.0", " ", true and [] are refused, where z.coerce would
 * read them as 16, 1000, 4, 0, 1 and 0.
 */
export function wholeNumber({ min, max, message, tooSmall, tooLarge }: { min: number; max: number; message: string; tooSmall?: string; tooLarge?: string }) {
  return z
    .union([z.string(), z.number()], { error: message })
    .transform((v, ctx) => {
      const n = typeof v === "number" ? v : DIGITS.test(v.trim()) ? Number(v.trim()) : NaN;
      if (!Number.isSafeInteger(n)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    })
    .pipe(
      z
        .number()
        .min(min, tooSmall ?? `At least ${min}`)
        .max(max, tooLarge ?? `At most ${max}`),
    );
}

/** An optional whole number: a blank field is undefined. */
export const optionalWholeNumber = (options: Parameters<typeof wholeNumber>[0]) => z.preprocess(blankToUndefined, wholeNumber(options).optional());

export const idSchema = wholeNumber({ min: 1, max: Number.MAX_SAFE_INTEGER, message: "Missing id", tooSmall: "Missing id" });
export const optionalIdSchema = z.preprocess(blankToUndefined, idSchema.optional());
/** A record picked in a form (a company, a person): nothing picked says what to do, not "Missing id". */
export const pickedIdSchema = (message: string) => wholeNumber({ min: 1, max: Number.MAX_SAFE_INTEGER, message, tooSmall: message });
export const versionSchema = wholeNumber({ min: 1, max: Number.MAX_SAFE_INTEGER, message: "Missing version" });
const PAGE_MAX = 10_000;
/** A page number read from the URL; a larger one than any list has is the last page (the list clamps it), as 19 of 18 is. */
export const pageSchema = z.preprocess(
  (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) && Number(v) > PAGE_MAX ? String(PAGE_MAX) : v),
  wholeNumber({ min: 1, max: PAGE_MAX, message: "Not a page number" }),
);

/** Whether "YYYY-MM-DD" names a day that exists (2026-02-31 does not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An optional date field (YYYY-MM-DD, a real day since 1900); blank becomes "". */
export const optionalDateSchema = z
  .string({ error: "Enter a real date, like 2026-11-21" })
  .trim()
  .optional()
  .default("")
  .refine((v) => !v || isCalendarDate(v), "Enter a real date, like 2026-11-21");

export const emailSchema = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"));

/** An optional email (a client contact's): blank stays "". */
export const optionalEmailSchema = z
  .union([z.literal(""), z.string().trim().toLowerCase().max(254, "Email is too long").pipe(z.email("Enter a valid email address"))], {
    error: "Enter a valid email address",
  })
  .optional()
  .default("");
