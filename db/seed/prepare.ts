import { count } from "drizzle-orm";
import type { Settings } from "../../lib/config";
import { db, migrateDatabase } from "../client";
import { organizations } from "../schema";
import { seedDemo, type DemoSummary } from "./demo";

/** Applies migrations and, on an empty database, seeds the demo agency (unless SEED_DEMO=false). */
export async function prepareDatabase(settings: Settings): Promise<{ migrated: string; seeded: DemoSummary | null }> {
  const database = db();
  migrateDatabase(database);
  const [{ n }] = database.select({ n: count() }).from(organizations).all();
  if (n > 0) return { migrated: "migrations applied", seeded: null };
  if (!settings.seedDemo) return { migrated: "migrations applied, empty (SEED_DEMO=false)", seeded: null };
  return { migrated: "migrations applied", seeded: await seedDemo(database) };
}
