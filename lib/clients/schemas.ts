import { z } from "zod";
import { idSchema, versionSchema } from "@/lib/users/schemas";

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label} is too long`).optional().default("");

export const timezoneSchema = z
  .string()
  .trim()
  .max(64)
  .optional()
  .default("")
  .refine((tz) => {
    if (!tz) return true;
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Use an IANA time zone such as Europe/Berlin");

export const websiteSchema = z
  .string()
  .trim()
  .max(300, "Website is too long")
  .optional()
  .default("")
  .refine((v) => !v || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), "Enter a full web address starting with https://");

export const clientFieldsSchema = z.object({
  name: z.string().trim().min(1, "Enter the company name").max(120, "Name is too long"),
  website: websiteSchema,
  timezone: timezoneSchema,
  notes: optionalText(5000, "Notes"),
});
export type ClientFields = z.infer<typeof clientFieldsSchema>;

export const updateClientSchema = clientFieldsSchema.extend({ clientId: idSchema, version: versionSchema });

export const contactSchema = z.object({
  clientId: idSchema,
  name: z.string().trim().min(1, "Enter the contact's name").max(120, "Name is too long"),
  title: optionalText(120, "Title"),
  email: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"))]).optional().default(""),
  phone: optionalText(40, "Phone"),
});

export const removeContactSchema = z.object({ clientId: idSchema, contactId: idSchema });
