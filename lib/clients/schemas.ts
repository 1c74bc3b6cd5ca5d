import { z } from "zod";
import { idSchema, optionalEmailSchema, optionalMultiLineText, optionalPhone, optionalText, singleLineText, versionSchema } from "@/lib/validation";

export const timezoneSchema = optionalText(64, "Time zone").refine((tz) => {
  if (!tz) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "Use an IANA time zone such as Europe/Berlin");

export const websiteSchema = optionalText(300, "Website").refine(
  (v) => !v || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v),
  "Enter a full web address starting with https://",
);

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
