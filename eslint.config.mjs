// ESLint (flat config): Next's rules (React, hooks, Next, a few jsx-a11y), typescript-eslint's
// recommended rules, all of jsx-a11y's recommended ones, and the import boundaries of the layers
// (README, Project layout). Prettier formats; eslint-config-prettier turns off what would fight it.
// `npm run lint` allows no warning: every rule here is an error or off.
import js from "@eslint/js";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import boundaries from "./scripts/lint/client-boundary.mjs";

/** Every rule a shared config left at "warn" becomes an error: a warning nobody must fix only piles up. */
const asErrors = (configs) =>
  configs.map((config) =>
    config.rules
      ? {
          ...config,
          rules: Object.fromEntries(
            Object.entries(config.rules).map(([name, value]) => [
              name,
              value === "warn" || value === 1
                ? "error"
                : Array.isArray(value) && (value[0] === "warn" || value[0] === 1)
                  ? ["error", ...value.slice(1)]
                  : value,
            ]),
          ),
        }
      : config,
  );

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "src/generated/**",
      "tools/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "backups/**",
      ".data/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...asErrors([...nextCoreWebVitals, ...nextTypescript]),
  {
    name: "c4c/rules",
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { c4c: boundaries },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // The type checker reports undefined names in TypeScript, better than this rule can.
      "no-undef": "off",
      // Matching control characters is deliberate here: input hygiene (proxy.ts, the audit log).
      "no-control-regex": "off",
      // A scrolling region takes focus so that keyboard users can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The layers (HOUSE-STYLE.md): routes → components → lib, server below the routes, seed above the server.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/components",
              from: "./src/app",
              message: "Components are the floor below the routes: a page passes its actions and types down as props, or they live in src/lib.",
            },
            {
              target: ["./src/server", "./src/app", "./src/components", "./src/lib", "./src/i18n"],
              from: "./prisma/seed",
              message: "The portal's code never depends on the demo seed: only the entry point (src/instrumentation.ts) wires it in.",
            },
            {
              target: "./src/lib",
              from: ["./src/server", "./src/app", "./src/components"],
              message: "src/lib is code safe on both sides: it imports nothing from the server, the routes or the components.",
            },
          ],
        },
      ],
      "c4c/client-imports-no-server": "error",
    },
  },
  {
    name: "c4c/server-components",
    // Route files are server components (unless they say "use client"): they render once per request, so reading the clock there is the request's time.
    files: ["src/app/**/{page,layout,template,default,not-found}.tsx"],
    rules: { "react-hooks/purity": "off" },
  },
  {
    name: "c4c/not-react",
    // Playwright helpers and scripts are not React: a function named useSomething there is no hook.
    files: ["tests/e2e/**", "scripts/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  prettier,
];

export default config;
