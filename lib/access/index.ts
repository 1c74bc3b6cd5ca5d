// Who may see and do what, in one place: the permission table and each viewer's record scope.
export * from "./permissions";
