import { getTranslations } from "next-intl/server";

const NOTICES = ["added", "removed", "notAllowed", "notFound", "full"] as const;

/** What the last add or remove did (`?shortlist=…` after the action's redirect), as a status message. */
export async function ShortlistNotice({ notice }: { notice: string | string[] | undefined }) {
  const shown = NOTICES.find((n) => n === notice);
  if (!shown) return null;
  const t = await getTranslations("shortlist.notices");
  const ok = shown === "added" || shown === "removed";
  return (
    <p
      id="shortlist"
      role="status"
      tabIndex={-1}
      className={ok ? "rounded border-2 border-emerald-700 bg-emerald-50 p-4" : "rounded border-2 border-red-700 bg-red-50 p-4"}
    >
      {t(shown)}
    </p>
  );
}
