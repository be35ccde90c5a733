"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import { runAction } from "@/server/forms/run-action";
import { decideMembership } from "@/server/memberships/decide-membership";
import { portalOrigin } from "@/server/portal-url";

const DECISION_FORM: FormSpec<{ membership: number; decision: "APPROVED" | "REJECTED" }, string, never> = {
  schema: z.object({ membership: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), decision: z.enum(["APPROVED", "REJECTED"]) }),
  text: ["membership", "decision"],
  errorKeys: [],
  fallback: undefined as never,
};

/** Confirms or rejects a membership request, then shows the workspace with the outcome. */
export async function decideMembershipAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const show = (outcome: string) => {
    revalidatePath(`/${locale}/coordinator`);
    redirect(`/${locale}/coordinator?membership=${outcome}#memberships`);
  };
  await runAction(form, {
    name: "coordinator: membership decision",
    form: DECISION_FORM,
    call: async (principal, { membership, decision }) => decideMembership(principal, membership, decision, await portalOrigin()),
    expected: { forbidden: "notFound", notFound: "notFound", alreadyDecided: "alreadyDecided" },
    done: (_result, { decision }) => show(decision === "APPROVED" ? "confirmed" : "rejected"),
    failed: (state) => show(state.status === "failed" ? state.reason : "notFound"),
  });
}
