import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { clientContacts, organizations } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { getClient } from "./queries";
import type { ClientFields } from "./schemas";

const nameTaken = (name: string, exceptId?: number) =>
  db()
    .select({ id: organizations.id })
    .from(organizations)
    .where(sql`lower(${organizations.name}) = lower(${name}) ${exceptId ? sql`and ${organizations.id} <> ${exceptId}` : sql``}`)
    .get();

const blankToNull = (v: string) => (v === "" ? null : v);

export function createClient(input: ClientFields, { audit }: ActionContext): ActionResult<{ id: number }> {
  if (nameTaken(input.name)) return fail("Please correct the highlighted fields.", { name: "A company with this name already exists" });
  const row = db().transaction((tx) => {
    const created = tx
      .insert(organizations)
      .values({ kind: "client", name: input.name, website: blankToNull(input.website), timezone: blankToNull(input.timezone), notes: blankToNull(input.notes) })
      .returning({ id: organizations.id })
      .get();
    audit(tx, { action: "client.create", entityType: "organization", entityId: created.id });
    return created;
  });
  // The list shows a page of clients: the toast offers the new one's page.
  return ok(row, `Added ${input.name}.`, { href: `/clients/${row.id}`, label: `Open ${input.name}` });
}

export function updateClient(input: ClientFields & { clientId: number; version: number }, { viewer, audit }: ActionContext): ActionResult {
  const client = getClient(viewer, input.clientId);
  if (!client) return notFound();
  if (nameTaken(input.name, client.id)) return fail("Please correct the highlighted fields.", { name: "A company with this name already exists" });
  db().transaction((tx) => {
    const changed = tx
      .update(organizations)
      .set({
        name: input.name,
        website: blankToNull(input.website),
        timezone: blankToNull(input.timezone),
        notes: blankToNull(input.notes),
        version: input.version + 1,
      })
      .where(and(eq(organizations.id, client.id), eq(organizations.version, input.version)))
      .run().changes;
    if (changed === 0) throw new Conflict("Someone else changed this client meanwhile; reload to see their change, then edit again.");
    audit(tx, { action: "client.update", entityType: "organization", entityId: client.id });
  });
  return ok(undefined, "Saved.");
}

export function addContact(
  input: { clientId: number; name: string; title: string; email: string; phone: string },
  { viewer, audit }: ActionContext,
): ActionResult {
  const client = getClient(viewer, input.clientId);
  if (!client) return notFound();
  db().transaction((tx) => {
    const row = tx
      .insert(clientContacts)
      .values({
        organizationId: client.id,
        name: input.name,
        title: blankToNull(input.title),
        email: blankToNull(input.email),
        phone: blankToNull(input.phone),
      })
      .returning({ id: clientContacts.id })
      .get();
    audit(tx, { action: "client.contact.add", entityType: "client_contact", entityId: row.id, details: { organizationId: client.id } });
  });
  return ok(undefined, `Added ${input.name}.`);
}

export function removeContact(input: { clientId: number; contactId: number }, { viewer, audit }: ActionContext): ActionResult {
  const client = getClient(viewer, input.clientId);
  const contact = client?.contacts.find((c) => c.id === input.contactId);
  if (!client || !contact) return notFound();
  db().transaction((tx) => {
    tx.delete(clientContacts).where(eq(clientContacts.id, contact.id)).run();
    audit(tx, {
      action: "client.contact.remove",
      entityType: "client_contact",
      entityId: contact.id,
      details: { organizationId: client.id, name: contact.name },
    });
  });
  return ok(undefined, `Removed ${contact.name}.`);
}
