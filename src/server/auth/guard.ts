import "server-only";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { currentPagePath } from "@/server/page-path";
import { DomainError } from "@/server/errors";
import { Forbidden, type Principal } from "./principal";
import { currentPrincipal } from "./session";

/**
 * The sign-in page, coming back to the current page (for a server action: the page its form is
 * on) once signed in. The account page is where sign-in leads anyway, so it is not named (unless
 * it carries a search).
 */
export async function signInPath(): Promise<string> {
  const locale = await getLocale();
  const { path, search } = await currentPagePath();
  // With a search (a hromada's page links to /account?find=<its name>), it is named: the search comes back.
  if (path === "/account" && !search) return `/${locale}/sign-in`;
  return `/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}${search}`)}`;
}

/** A refusal by a domain function (audited there), for a route handler that answers it itself. */
export const isRefusal = (error: unknown): error is Forbidden => error instanceof Forbidden;

/** Not signed in, for a page of the signed-in only (the domain functions refuse with Forbidden). */
class SignInFirst extends Error {}

/**
 * A protected page's data, loaded as the current person by the domain functions, which check who
 * may see what and audit refusals. A refusal sends the signed-out to sign in and gives the signed-in
 * a 404, as does a DomainError (unknown or gone): a page says nothing of what exists to those who
 * may not see it. With "signedIn", the signed-out are sent to sign in before `load` runs.
 */
export async function guardPage<T>(load: (principal: Principal) => Promise<T>, need: "signedIn"): Promise<T>;
export async function guardPage<T>(load: (principal: Principal | null) => Promise<T>): Promise<T>;
export async function guardPage<T>(load: (principal: Principal) => Promise<T>, need?: "signedIn"): Promise<T> {
  try {
    const principal = await currentPrincipal();
    if (need === "signedIn" && !principal) throw new SignInFirst();
    return await load(principal as Principal);
  } catch (error) {
    if (error instanceof SignInFirst || (error instanceof Forbidden && !error.signedIn)) redirect(await signInPath());
    if (error instanceof Forbidden || error instanceof DomainError) notFound();
    throw error;
  }
}
