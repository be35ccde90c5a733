"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Anyone may write to the coordinators; sendContactMessage holds the rate limits.

import { getLocale } from "next-intl/server";
import { CONTACT_FORM, type ContactFormState } from "@/lib/contact-schema";
import { clientAddress } from "@/server/abuse/client-address";
import { runAction } from "@/server/forms/run-action";
import { portalOrigin } from "@/server/portal-url";
import { sendContactMessage, type ContactLimited } from "@/server/contact/send";

/** Sends a message to the network's coordinators (no account needed). */
export async function sendContactMessageAction(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "contact form",
    form: CONTACT_FORM,
    call: async (_principal, input) => sendContactMessage(input, { locale, clientAddress: await clientAddress(), origin: await portalOrigin() }),
    expected: {
      rateLimited: { reason: "limited", detail: (error: ContactLimited) => ({ minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) }) },
    },
    done: (_result, input) => ({ status: "done", email: input.email }),
  });
}
