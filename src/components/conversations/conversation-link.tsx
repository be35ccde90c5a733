import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentPrincipal } from "@/server/auth/session";
import { conversationIdFor } from "@/server/conversations/open";

/**
 * The way into the conversation of a request or partnership, shown to its participants only
 * (src/server/conversations/access.ts); nothing for anyone else.
 */
export async function ConversationLink({ owner }: { owner: { reference: string } | { partnershipId: number } }) {
  const id = await conversationIdFor(await currentPrincipal(), owner);
  if (id === null) return null;
  const t = await getTranslations("conversations.links");
  return (
    <section aria-labelledby="conversation-link" className="space-y-2 rounded border-2 border-brand-700 p-4">
      <h2 id="conversation-link" className="text-xl font-semibold text-brand-900">
        <Link href={`/inbox/${id}`}>{"reference" in owner ? t("request") : t("partnership")}</Link>
      </h2>
      <p>{t("intro")}</p>
    </section>
  );
}
