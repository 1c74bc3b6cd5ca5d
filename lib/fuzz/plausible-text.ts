import fc from "fast-check";

// Text a real user could type into a field, by the field's name and its JSON Schema limits:
// names in several scripts, emails, URLs, phone numbers, dates near today, times and zones.

export type Json = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
};

let known: string[] = [];
/** Text the database holds (names, checklist items), so a field that must match one (a checklist item, an erasure's confirmation) sometimes does. */
export function setKnownTexts(texts: string[]) {
  known = [...new Set(texts)].filter(Boolean);
}

const WORDS = ["Ada Lovelace", "Zoë Ñúñez", "李小龍", "محمد علي", "Ана Петрова", "Owen O'Neil", "Kāne 👩‍💻", "Łukasz", "résumé", "Systems", "lead", "on track"];

function words(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
    .map((w) => {
      let text = w.join(" ");
      while (text.length < min) text += " more words";
      return text.slice(0, Math.max(max, min));
    })
    .filter((t) => t.trim().length >= Math.min(min, 1));
}

/** Real days at the edges: the first and last accepted years, leap days, and DST changes (a 02:30 that does not exist). */
const EDGE_DAYS = ["1900-01-01", "1970-01-01", "2024-02-29", "2100-02-28", "9999-12-31", "2026-03-08", "2026-03-29", "2026-10-25", "2026-11-01"];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export function textOf(key: string, s: Json): fc.Arbitrary<string> {
  const k = key.toLowerCase();
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 200, 400);
  if (k.includes("email"))
    return fc.oneof(
      fc.nat(9999).map((n) => `fuzz${n}@example.test`),
      fc.constantFrom("hiring@acme.test", "admin@agency.test", "zoë@exämple.test"),
    );
  if (k.includes("zone")) return fc.constantFrom("Europe/Lisbon", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "UTC", "Etc/GMT+14", "Mars/Olympus");
  if (k === "time") {
    const any = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    return fc.oneof(fc.constantFrom("02:30", "01:30", "00:00", "23:59"), any);
  }
  if (/(^date$|^on$|on$|date$)/i.test(key))
    return fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -60, max: 60 }).map(day) }, { weight: 2, arbitrary: fc.constantFrom(...EDGE_DAYS) });
  if (/url|website|link/.test(k)) return fc.constantFrom("https://github.com/fuzz", "https://example.test/a?b=c#d", "http://localhost:3000", "");
  if (k.includes("phone")) return fc.constantFrom("+1 212 555 0100", "(020) 7946-0011", "");
  if (k.includes("password")) return fc.constantFrom("correct horse battery staple", "trialboard-demo", "ünïcødé-pässwörd-✓✓");
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern), { maxLength: max });
  return known.length ? fc.oneof({ weight: 3, arbitrary: words(min, max) }, { weight: 1, arbitrary: fc.constantFrom(...known) }) : words(min, max);
}
