"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { saveKit, saveTemplate } from "@/lib/evaluation/template-commands";
import { kitSchema, templateSchema } from "@/lib/evaluation/template-schemas";

const PAGE = "/settings/evaluation";

export const saveTemplateAction = action("evaluation:save-template", "evaluation:manage-templates", templateSchema, (input, ctx) => {
  const result = saveTemplate(input, ctx);
  if (result.ok) revalidatePath(PAGE);
  return result;
});

export const saveKitAction = action("evaluation:save-kit", "evaluation:manage-templates", kitSchema, (input, ctx) => {
  const result = saveKit(input, ctx);
  if (result.ok) revalidatePath(PAGE);
  return result;
});
