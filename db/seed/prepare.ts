import { count } from "drizzle-orm";
import type { Settings } from "../../lib/config";
import { migrateDatabase } from "../client";
import { db } from "@/lib/db";
import { hashPassword } from "../../lib/auth/password";
import { organizations, users } from "../schema";
import { seedDemo, type DemoSummary } from "./demo";

/** Applies migrations and, on an empty database, seeds the demo agency (unless SEED_DEMO=false). */
export async function prepareDatabase(settings: Settings): Promise<{ migrated: string; seeded: DemoSummary | null }> {
  const database = db();
  migrateDatabase(database);
  const [{ n }] = database.select({ n: count() }).from(organizations).all();
  if (n > 0) return { migrated: "migrations applied", seeded: null };
  if (!settings.seedDemo) {
    const admin = settings.bootstrapAdmin;
    if (!admin) return { migrated: "migrations applied; empty (SEED_DEMO=false) and no ADMIN_EMAIL/ADMIN_PASSWORD, so nobody can sign in yet", seeded: null };
    const passwordHash = await hashPassword(admin.password);
    database.transaction((tx) => {
      const agency = tx.insert(organizations).values({ kind: "agency", name: admin.agencyName }).returning({ id: organizations.id }).get();
      tx.insert(users).values({ organizationId: agency.id, kind: "admin", name: "Administrator", email: admin.email, passwordHash }).run();
    });
    return { migrated: `migrations applied; created the agency "${admin.agencyName}" and its admin ${admin.email}`, seeded: null };
  }
  return { migrated: "migrations applied", seeded: await seedDemo(database) };
}
