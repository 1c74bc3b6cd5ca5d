"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/labels";

/**
 * Tells the server the browser's time zone (a cookie), so pages format times where the viewer is.
 * When it was missing or has changed, the page is fetched again once, in the right zone.
 */
export function TimeZoneCookie() {
  const router = useRouter();
  useEffect(() => {
    if (rememberTimeZone()) router.refresh();
  }, [router]);
  return null;
}

/**
 * Sets the time zone cookie to the browser's zone; true when it changed. The sign-in form calls it
 * too, so the first page after signing in is already in the viewer's zone (not UTC, then redrawn).
 */
export function rememberTimeZone(): boolean {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return false;
  const current = document.cookie.split("; ").find((c) => c.startsWith(`${TIME_ZONE_COOKIE}=`));
  const value = encodeURIComponent(zone);
  if (current === `${TIME_ZONE_COOKIE}=${value}`) return false;
  document.cookie = `${TIME_ZONE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
  return true;
}
