import { Suspense, type ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import { KeyboardShortcuts } from "@/components/ui/keyboard-shortcuts";
import { SavedNotice } from "@/components/ui/saved-notice";
import { SkipLink } from "@/components/ui/skip-link";
import { requireUser } from "@/lib/auth/current-user";
import { userKindLabels } from "@/lib/labels";
import { navigationFor } from "@/lib/navigation";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireUser();
  return (
    <>
      <SkipLink />
      <AppHeader
        nav={navigationFor(viewer)}
        user={{ name: viewer.name, organizationName: viewer.organizationName, kindLabel: userKindLabels[viewer.kind] }}
        signOut={signOutAction as unknown as (form: FormData) => Promise<void>}
      />
      {/* break-words: a word or address longer than its box (pasted evidence, a link in a note) wraps instead of running out of it. */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-screen-2xl px-4 py-6 break-words outline-none sm:px-6 sm:py-8">
        {children}
      </main>
      <KeyboardShortcuts />
      <TimeZoneCookie />
      <Suspense fallback={null}>
        <SavedNotice />
      </Suspense>
    </>
  );
}
