import { getFormatter, getTranslations } from "next-intl/server";
import { currentPrincipal } from "@/server/auth/session";
import { INTERNAL_NOTE_MAX_CHARS, listInternalNotes } from "@/server/conversations/notes";
import { ClientMessages } from "@/components/client-messages";
import { InternalNoteForm, type InternalNoteFormState } from "./internal-note-form";
import { MessageText } from "./message-text";

type Props = { reference: string; action: (previous: InternalNoteFormState, form: FormData) => Promise<InternalNoteFormState>; added: boolean };

/** The coordinators' internal notes on a request, marked as theirs alone, and the form to add one (coordinators' pages only). */
export async function InternalNotes({ reference, action, added }: Props) {
  const notes = await listInternalNotes(await currentPrincipal(), reference);
  const t = await getTranslations("conversations.notes");
  const format = await getFormatter();
  return (
    <section id="internal-notes" aria-labelledby="internal-notes-title" className="space-y-3 rounded border-2 border-dashed border-amber-700 bg-amber-50 p-4">
      <h2 id="internal-notes-title" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {added && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3">
          {t("added")}
        </p>
      )}
      {notes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {notes.map((n) => (
            <li key={n.id} className="rounded border border-amber-700 bg-white p-3">
              <p className="text-sm text-slate-700">
                {t("by", {
                  name: n.author?.name ?? n.author?.email ?? "—",
                  time: format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Kyiv" }),
                })}
              </p>
              <MessageText text={n.body} />
            </li>
          ))}
        </ol>
      )}
      <ClientMessages namespaces={["conversations.notes", "error"]}>
        <InternalNoteForm action={action} reference={reference} max={INTERNAL_NOTE_MAX_CHARS} />
      </ClientMessages>
    </section>
  );
}
