"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may do what to which profile is decided in the domain functions, never here.

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { textForm, type FormSpec } from "@/lib/forms/parse";
import { PROFILE_FORM, UNPUBLISH_REASON_MAX, type ProfileFailure, type ProfileFormState, type ProfileStepState } from "@/lib/profile-schema";
import { runAction, type ExpectedErrors } from "@/server/forms/run-action";
import { saveProfile } from "@/server/municipalities/editor/save";
import { confirmProfileCurrent, setProfilePublished } from "@/server/municipalities/editor/publication";

// A session that ended while the profile was being edited is said, not redirected: the form keeps what was typed.
const EXPECTED: ExpectedErrors<ProfileFailure> = {
  forbidden: "forbidden",
  signedOut: "signedOut",
  stale: "stale",
  notFound: "notFound",
  incomplete: "incomplete",
};

/** The publication buttons send "true" or "false"; anything else was not sent by them. Unpublishing may give a reason. */
const PUBLISH_FORM: FormSpec<{ publish: "true" | "false"; reason: string }, "publish" | "reason", "malformed"> = {
  schema: z.object({ publish: z.enum(["true", "false"]), reason: z.string().trim().max(UNPUBLISH_REASON_MAX) }),
  text: ["publish", "reason"],
  errorKeys: [],
  fallback: "malformed",
};

export async function saveProfileAction(slug: unknown, _previous: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  return runAction(form, {
    name: "profile editor: save",
    form: PROFILE_FORM,
    call: (principal, input) => saveProfile(principal, String(slug), input),
    expected: { ...EXPECTED, occupiedRegion: { field: "seeksPartners", key: "occupiedRegion" } },
    done: ({ version, confirmed, outdated }) => {
      revalidateProfile(String(slug));
      return { status: "done", version, confirmed, outdated };
    },
  });
}

export async function setPublishedAction(slug: unknown, _previous: ProfileStepState, form: FormData): Promise<ProfileStepState> {
  return runAction(form, {
    name: "profile editor: publication",
    form: PUBLISH_FORM,
    call: (principal, { publish, reason }) => setProfilePublished(principal, String(slug), publish === "true", reason || null),
    expected: EXPECTED,
    done: () => revalidateProfile(String(slug)),
  });
}

export async function confirmProfileAction(slug: unknown, _previous: ProfileStepState): Promise<ProfileStepState> {
  return runAction(undefined, {
    name: "profile editor: confirmation",
    form: textForm(),
    call: (principal) => confirmProfileCurrent(principal, String(slug)),
    expected: EXPECTED,
    done: () => revalidateProfile(String(slug)),
  });
}

function revalidateProfile(slug: string) {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/municipalities/${slug}`);
    revalidatePath(`/${locale}/municipalities/${slug}/edit`);
    revalidatePath(`/${locale}/municipalities`);
  }
  return { status: "done" } as const;
}
