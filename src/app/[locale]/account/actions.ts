"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { getLocale } from "next-intl/server";
import { signOut } from "@/server/auth/auth";

/** Ends the session (deleted from the database) and goes to the home page. */
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}
