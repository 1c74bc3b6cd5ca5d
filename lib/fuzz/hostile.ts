import fc from "fast-check";

// Values nobody should send, and every server must survive: the building blocks of the fuzzer.

const big = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

export const hostileStrings: string[] = [
  "",
  " ",
  "\t\n\r ",
  "a\u0000b",
  "\u0000",
  "%00",
  "\uD800",
  "\uDFFF\uD800",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "\u202Eevil\u202C שלום عربي",
  "e\u0301\u0308\u0338\u20DD",
  "Z̴̡̛̗͔̰̈́̀a̸̢̛͚̗l̶̨̈́g̴o̵",
  "\uFEFF\u200B\u2028\u2029",
  big("x", 100_000),
  big("😀", 100_000),
  big("é\u0301", 20_000),
  "-1",
  "0",
  "1.5",
  "1e309",
  "-9223372036854775809",
  "9007199254740993",
  "0x10",
  "NaN",
  "Infinity",
  "true",
  "null",
  "undefined",
  "[object Object]",
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '"; drop table users; --',
  "../../../etc/passwd",
  "%s%n%x",
  "{}",
  "[]",
];

export const hostileDates: string[] = [
  "0000-00-00",
  "0000-01-01",
  "9999-12-31",
  "275760-09-13",
  "+275760-09-14T00:00:00Z",
  "-271821-04-19",
  "2026-02-29",
  "2026-02-31",
  "2026-13-01",
  "2026-00-10",
  "2026-03-29T01:30",
  "2026-10-25T01:30",
  "1970-01-01T00:00:00Z",
  "2026-11-22T24:00",
  "25:61",
  "24:00",
  "-01:00",
  "12:60",
  "2026-1-1",
  "20261122",
  "Tue, 31 Feb 2026 10:00:00 GMT",
];

export const hostileNumbers: number[] = [
  0,
  -0,
  -1,
  1.5,
  -1.5,
  0.1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  8.64e15 + 1,
  -8.64e15 - 1,
];

/** Ids that exist nowhere. */
export const missingIds = [999_999_999, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER];

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileDates) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null, undefined) },
);

/** Any value a caller could post, nested a little. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("id", "a", "__proto__", "constructor", "toString"), hostileScalar, { maxKeys: 3 }) },
);

export const hostileKey = fc.oneof(
  fc.constantFrom("extra", "__proto__", "constructor", "prototype", "$ACTION_ID_x", "id", "version", "", "ключ", "a[]", "a.b", "0"),
  fc.string({ maxLength: 12 }),
);
