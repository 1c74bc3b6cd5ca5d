"use client";

import { createContext, use, type ReactNode } from "react";
import type { ServerAction } from "@/lib/action-types";
import type { StartTrialOptions } from "@/lib/trials/start";

/** The server action that loads the start form's choices: the page (app/) provides it; components never import app/. */
export type LoadTrialOptions = ServerAction<{ applicationId: number }, StartTrialOptions>;

const Context = createContext<LoadTrialOptions | null>(null);

/** Wraps a page whose moves may start a trial (the role's board and list, the application page). */
export function StartTrialProvider({ loadOptions, children }: { loadOptions: LoadTrialOptions; children: ReactNode }) {
  return <Context.Provider value={loadOptions}>{children}</Context.Provider>;
}

export function useLoadTrialOptions(): LoadTrialOptions | null {
  return use(Context);
}
