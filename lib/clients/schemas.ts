import { z } from "zod";
import {
  blankToUndefined,
  idSchema,
  optionalEmailSchema,
  optionalMultiLineText,
  optionalPhone,
  optionalText,
  pageSchema,
  searchTextSchema,
  singleLineText,
  versionSchema,
} from "@/lib/validation";

/** Filters of /clients, read from the URL (bad values are ignored rather than failing the page). */
export const clientFiltersSchema = z.object({
  /** Words the company's name or website contain (each of them, in any order). */
  q: searchTextSchema,
  page: z.preprocess(blankToUndefined, pageSchema.optional()).catch(undefined),
});
export type ClientFilters = z.infer<typeof clientFiltersSchema>;

const ZONE_EXAMPLE = "Use an IANA time zone such as Europe/Berlin";

// The zones this Node's ICU lists, by their lower-case spelling (it lists some by older names:
// Asia/Calcutta, not Asia/Kolkata; both are accepted, as typed).
let listed: Map<string, string> | null = null;
const listedZones = () => (listed ??= new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z])));

/**
 * An IANA time zone, named by place: its listed spelling when typed in another case ("europe/paris"
 * → "Europe/Paris"), otherwise as typed when Intl knows it (Asia/Kolkata, US/Eastern). An
 * abbreviation or a fixed offset ("EST", "Etc/GMT+5") is refused: it keeps no summer time, so a
 * New York client's trial days would be an hour off half the year.
 */
export const timezoneSchema = optionalText(64, "Time zone").transform((tz, ctx) => {
  if (!tz) return tz;
  if (tz.toUpperCase() === "UTC") return "UTC";
  let known = true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
  } catch {
    known = false;
  }
  if (!known) {
    ctx.addIssue({ code: "custom", message: ZONE_EXAMPLE });
    return z.NEVER;
  }
  if (!tz.includes("/") || /^etc\//i.test(tz)) {
    ctx.addIssue({ code: "custom", message: `${ZONE_EXAMPLE}: ${tz} keeps no summer time` });
    return z.NEVER;
  }
  return listedZones().get(tz.toLowerCase()) ?? tz;
});

/** A web address; a bare domain as people type it ("acme.com") is taken as https://acme.com. */
export const websiteSchema = optionalText(300, "Website")
  .transform((v) => (v && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && /^[^\s/@:]+\.[^\s@]+$/.test(v) ? `https://${v}` : v))
  .refine((v) => !v || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), "Enter a web address such as acme.com or https://acme.com");

export const clientFieldsSchema = z.object({
  name: singleLineText({ max: 120, tooLong: "Name is too long", required: "Enter the company name" }),
  website: websiteSchema,
  timezone: timezoneSchema,
  notes: optionalMultiLineText(5000, "Notes"),
});
export type ClientFields = z.infer<typeof clientFieldsSchema>;

export const updateClientSchema = clientFieldsSchema.extend({ clientId: idSchema, version: versionSchema });

export const contactSchema = z.object({
  clientId: idSchema,
  name: singleLineText({ max: 120, tooLong: "Name is too long", required: "Enter the contact's name" }),
  title: optionalText(120, "Title"),
  email: optionalEmailSchema,
  phone: optionalPhone(),
});

export const removeContactSchema = z.object({ clientId: idSchema, contactId: idSchema });
