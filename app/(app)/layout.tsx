import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireUser } from "@/lib/auth/current-user";
import { userKindLabels } from "@/lib/labels";
import { navigationFor } from "@/lib/navigation";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireUser();
  return (
    <>
      <AppHeader
        nav={navigationFor(viewer)}
        user={{ name: viewer.name, organizationName: viewer.organizationName, kindLabel: userKindLabels[viewer.kind] }}
        signOut={signOutAction as unknown as (form: FormData) => Promise<unknown>}
      />
      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">{children}</main>
    </>
  );
}
