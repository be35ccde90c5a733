/**
 * The demo dataset's accounts, one per role, with fixed ids so that every seed writes the same
 * rows. Demo mode offers a one-click sign-in as each of them (src/app/[locale]/sign-in).
 */
export const DEMO_ACCOUNTS = [
  { key: "editor", id: "demo-editor-lviv", email: "editor.lviv@demo.cities4cities.example", name: "Olena Demchenko", role: null, municipalitySlug: "lviv" },
  {
    key: "euStaff",
    id: "demo-staff-sindelfingen",
    email: "staff.sindelfingen@demo.cities4cities.example",
    name: "Anna Berg",
    role: null,
    municipalitySlug: "sindelfingen",
  },
  {
    key: "coordinator",
    id: "demo-coordinator",
    email: "coordinator@demo.cities4cities.example",
    name: "Maria Lindqvist",
    role: "COORDINATOR",
    municipalitySlug: null,
  },
  {
    key: "administrator",
    id: "demo-administrator",
    email: "admin@demo.cities4cities.example",
    name: "Taras Koval",
    role: "ADMINISTRATOR",
    municipalitySlug: null,
  },
] as const;

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number];
export type DemoAccountKey = DemoAccount["key"];

export function demoAccount(key: string): DemoAccount | undefined {
  return DEMO_ACCOUNTS.find((a) => a.key === key);
}
