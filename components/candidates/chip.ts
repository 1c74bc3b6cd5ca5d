// One skill as a chip: the list's skill column (a client component) and the candidate page (a server
// component) share it, so it lives in a plain module.
export const chip = "inline-flex items-center rounded-full bg-surface-2 px-2 py-0.5 text-xs text-fg ring-1 ring-line ring-inset";
