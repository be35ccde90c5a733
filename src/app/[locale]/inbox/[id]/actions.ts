"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { runAction } from "@/server/forms/run-action";
import { portalOrigin } from "@/server/portal-url";
import { postMessage, uploadsOf } from "@/server/conversations/post";
import type { MessageFormState } from "@/components/conversations/message-form";

/**
 * A participant writes in a conversation (form fields `conversation`, `body`, `language`, and the
 * files `attachments`). Someone else's conversation, or an unknown one, is refused (audited); a
 * message or file the rules refuse is shown at its field and nothing is stored.
 */
export async function postMessageAction(_previous: MessageFormState, form: FormData): Promise<MessageFormState> {
  const locale = await getLocale();
  const raw = form instanceof FormData ? form.get("conversation") : null;
  const id = typeof raw === "string" && /^\d{1,10}$/.test(raw) ? Number(raw) : 0;
  // The files are read apart from the text fields: a refused form sends the text back to be corrected, never the files.
  const files = form instanceof FormData ? form.getAll("attachments") : [];
  const page = `/${locale}/inbox/${id}`;
  return runAction(form, {
    name: "conversation message",
    form: textForm("body", "language"),
    call: async (principal, { body, language }) => postMessage(principal, id, { body, language, files: await uploadsOf(files) }, await portalOrigin()),
    expected: { forbidden: "forbidden", notFound: "forbidden" },
    done: ({ messageId }) => {
      revalidatePath(page);
      redirect(`${page}?notice=sent#message-${messageId}`);
    },
  });
}
