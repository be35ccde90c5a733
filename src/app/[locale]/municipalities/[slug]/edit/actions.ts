"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may do what to which profile is decided in the domain functions, never here.

import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import { parseProfile, profileFormToObject } from "@/lib/profile-schema";
import { Forbidden } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { saveProfile } from "@/server/municipalities/editor/save";
import { confirmProfileCurrent, setProfilePublished } from "@/server/municipalities/editor/publication";
import type { ProfileEditErrorCode } from "@/server/municipalities/editor/subject";
import type { ProfileFailure, ProfileFormState, ProfileStepState } from "./state";

export async function saveProfileAction(slug: unknown, _previous: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  if (typeof slug !== "string" || !(form instanceof FormData)) return { status: "failed", reason: "notFound", values: {} };
  const values = profileFormToObject(form);
  const parsed = parseProfile(form);
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values };
  try {
    const { version } = await saveProfile(await currentPrincipal(), slug, parsed.input);
    revalidateProfile(slug);
    return { status: "saved", version };
  } catch (error) {
    if (error instanceof DomainError && (error as DomainError<ProfileEditErrorCode>).code === "occupiedRegion") {
      return { status: "invalid", fieldErrors: { seeksPartners: ["occupiedRegion"] }, values };
    }
    return { status: "failed", reason: failure(error), values };
  }
}

export async function setPublishedAction(slug: unknown, _previous: ProfileStepState, form: FormData): Promise<ProfileStepState> {
  if (typeof slug !== "string" || !(form instanceof FormData)) return { status: "failed", reason: "notFound" };
  // The buttons send "true" or "false"; anything else was not sent by them.
  const publish = form.get("publish");
  if (publish !== "true" && publish !== "false") return { status: "failed", reason: "malformed" };
  return step(slug, async (principal) => {
    await setProfilePublished(principal, slug, publish === "true");
  });
}

export async function confirmProfileAction(slug: unknown, _previous: ProfileStepState): Promise<ProfileStepState> {
  if (typeof slug !== "string") return { status: "failed", reason: "notFound" };
  return step(slug, async (principal) => {
    await confirmProfileCurrent(principal, slug);
  });
}

async function step(
  slug: string,
  run: (principal: Awaited<ReturnType<typeof currentPrincipal>>) => Promise<void>,
): Promise<ProfileStepState> {
  try {
    await run(await currentPrincipal());
    revalidateProfile(slug);
    return { status: "done" };
  } catch (error) {
    return { status: "failed", reason: failure(error) };
  }
}

function revalidateProfile(slug: string) {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/municipalities/${slug}`);
    revalidatePath(`/${locale}/municipalities/${slug}/edit`);
    revalidatePath(`/${locale}/municipalities`);
  }
}

/** Expected failures become messages; anything else is logged and shown as ours. */
function failure(error: unknown): ProfileFailure {
  if (error instanceof Forbidden) return error.signedIn ? "forbidden" : "signedOut";
  if (error instanceof DomainError) {
    const code = (error as DomainError<ProfileEditErrorCode>).code;
    if (code === "stale" || code === "notFound" || code === "incomplete") return code;
  }
  console.error(`profile editor: unexpected error ${crypto.randomUUID()}`, error);
  return "unexpected";
}
