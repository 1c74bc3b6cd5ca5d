import "server-only";
import { cookies } from "next/headers";
import { resolveTimeZone, TIME_ZONE_COOKIE } from "./labels";

/** The viewer's time zone, as their browser last reported it; UTC until it has (or when it names no zone). */
export async function viewerTimeZone(): Promise<string> {
  return resolveTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
