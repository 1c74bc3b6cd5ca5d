import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Data flows one way: app → lib → db. components/ is UI for app/ and reaches data only through
// what pages pass it (types from lib/). Seeds, scripts and tests sit outside the flow.
const layer = (message, ...group) => ["error", { patterns: [{ group, message }] }];
const DB = ["@/db", "@/db/*", "**/db/*"];
const LIB = ["@/lib/*", "**/lib/*"];
const APP = ["@/app/*", "**/app/*"];
const COMPONENTS = ["@/components/*", "**/components/*"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "bench-data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "db/migrations/**",
      "scripts/_mb/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": layer("app/ reaches the database only through lib/ (domain types: lib/domain.ts).", ...DB) },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": layer("components/ gets its data from pages: no db/ or app/ imports (domain types: lib/domain.ts).", ...DB, ...APP) },
  },
  {
    files: ["lib/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": layer("lib/ is below app/ and components/: it never imports them.", ...APP, ...COMPONENTS) },
  },
  {
    files: ["db/**"],
    ignores: ["db/seed/**", "**/*.test.ts"],
    rules: { "no-restricted-imports": layer("db/ is the bottom layer: it imports nothing from lib/, app/ or components/.", ...LIB, ...APP, ...COMPONENTS) },
  },
];

export default config;
