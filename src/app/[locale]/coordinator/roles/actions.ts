"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Only administrators grant and take back roles: checked in the domain functions (role.grant).

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { NETWORK_ROLES, type GrantState, type RevokeState } from "@/lib/back-office/forms";
import { textForm, type FormSpec } from "@/lib/forms/parse";
import { runAction } from "@/server/forms/run-action";
import { grantNetworkRole, revokeNetworkRole } from "@/server/accounts/network-roles";

const grantForm: FormSpec<{ email: string; role: (typeof NETWORK_ROLES)[number] }, "email" | "role", "email" | "role"> = {
  schema: z.object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "email" }).max(254, { error: "email" })),
    role: z.enum(NETWORK_ROLES, { error: "role" }),
  }),
  text: ["email", "role"],
  errorKeys: ["email", "role"],
  fallback: "email",
};

/** Gives the person with `email` the network role `role` (their account is made when missing). */
export async function grantRoleAction(_previous: GrantState, form: FormData): Promise<GrantState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "role grant",
    form: grantForm,
    call: (principal, { email, role }) => grantNetworkRole(principal, email, role),
    expected: { forbidden: "forbidden", lastAdministrator: { field: "role", key: "lastAdministrator" } },
    done: () => redirect(`/${locale}/coordinator/roles?done=granted`),
  });
}

/** Takes the network role back from the account `user`, as confirmed on the page. */
export async function revokeRoleAction(_previous: RevokeState, form: FormData): Promise<RevokeState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "role revoke",
    form: textForm("user"),
    call: (principal, { user }) => revokeNetworkRole(principal, user),
    expected: { forbidden: "forbidden", lastAdministrator: "lastAdministrator", notFound: "notFound" },
    done: () => redirect(`/${locale}/coordinator/roles?done=revoked`),
  });
}
