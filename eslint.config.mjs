import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Components never reach the database; only lib and db/seed import tables.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/db/*", "../db/*", "../../db/*"], message: "Only lib/ talks to db/.", allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ["lib/**", "db/**", "scripts/**", "e2e/**", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
];

export default config;
