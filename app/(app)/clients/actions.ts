"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addContact, createClient, removeContact, updateClient } from "@/lib/clients/commands";
import { clientFieldsSchema, contactSchema, removeContactSchema, updateClientSchema } from "@/lib/clients/schemas";

export const createClientAction = action("client:create", "clients:manage", clientFieldsSchema, (input, ctx) => {
  const result = createClient(input, ctx);
  if (result.ok) revalidatePath("/clients");
  return result;
});

export const updateClientAction = action("client:update", "clients:manage", updateClientSchema, (input, ctx) => {
  const result = updateClient(input, ctx);
  if (result.ok) revalidatePath(`/clients/${input.clientId}`);
  return result;
});

export const addContactAction = action("client:add-contact", "clients:manage", contactSchema, (input, ctx) => {
  const result = addContact(input, ctx);
  if (result.ok) revalidatePath(`/clients/${input.clientId}`);
  return result;
});

export const removeContactAction = action("client:remove-contact", "clients:manage", removeContactSchema, (input, ctx) => {
  const result = removeContact(input, ctx);
  if (result.ok) revalidatePath(`/clients/${input.clientId}`);
  return result;
});
