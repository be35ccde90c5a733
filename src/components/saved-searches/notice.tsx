import { getTranslations } from "next-intl/server";
import { SAVED_SEARCH_LIMIT, SAVED_SEARCH_NAME_MAX } from "@/lib/saved-searches/limits";

const NOTICES = [
  "added",
  "renamed",
  "deleted",
  "notAllowed",
  "notFound",
  "full",
  "duplicate",
  "queryInvalid",
  "queryTooLong",
  "nameRequired",
  "nameTooLong",
] as const;
const DONE: readonly string[] = ["added", "renamed", "deleted"];

/** What the last save, rename or delete did (`?notice=…` or `?saveSearch=…` after the action's redirect), as a status message. */
export async function SavedSearchNotice({ notice, id }: { notice: string | string[] | undefined; id: string }) {
  const shown = NOTICES.find((n) => n === notice);
  if (!shown) return null;
  const t = await getTranslations("savedSearches.notices");
  return (
    <p
      id={id}
      role="status"
      tabIndex={-1}
      className={DONE.includes(shown) ? "rounded border-2 border-emerald-700 bg-emerald-50 p-4" : "rounded border-2 border-red-700 bg-red-50 p-4"}
    >
      {t(shown, { limit: SAVED_SEARCH_LIMIT, max: SAVED_SEARCH_NAME_MAX })}
    </p>
  );
}
