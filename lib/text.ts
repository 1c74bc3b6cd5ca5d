// Cleaning of text users type, with no dependencies: shared by the zod schemas (lib/validation.ts)
// and the lighter zod/mini schemas the board's dialogs use.

// Text users type never needs these: C0/C1 control characters (NUL, ESC, DEL…) and the bidi
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a name
// display reversed or hide what follows it. The left-to-right and right-to-left marks (U+200E,
// U+200F) stay: they only nudge neutral characters such as punctuation, cannot reorder a run of
// letters, and are needed to write some mixed Hebrew/Arabic and Latin names correctly.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;

/** One line of text: tabs and line breaks become spaces; other controls and bidi overrides go. */
export function cleanSingleLine(value: string): string {
  return value.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "");
}

/** Several lines (notes, descriptions): line breaks become "\n", tabs spaces, the rest as above. */
export function cleanMultiLine(value: string): string {
  return value.replace(LINE_BREAKS, "\n").replace(/\t/g, " ").replace(CONTROLS, "");
}
