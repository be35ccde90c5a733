"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may answer is decided in answerContactMessage (contactMessage.answer), never here.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import type { ContactAnswerState } from "@/lib/contact-schema";
import { runAction } from "@/server/forms/run-action";
import { answerContactMessage } from "@/server/contact/answer";

/** A coordinator answers a contact message by e-mail (form fields `message`: its id, `answer`). */
export async function answerContactMessageAction(_previous: ContactAnswerState, form: FormData): Promise<ContactAnswerState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "contact answer",
    form: textForm("message", "answer"),
    call: (principal, { message, answer }) => answerContactMessage(principal, /^\d{1,9}$/.test(message) ? Number(message) : 0, answer),
    expected: { forbidden: "notFound", notFound: "notFound", alreadyAnswered: "alreadyAnswered" },
    done: (_result, { message }) => {
      revalidatePath(`/${locale}/coordinator/messages`);
      redirect(`/${locale}/coordinator/messages/${message}?answered=1`);
    },
  });
}
