import { getTranslations } from "next-intl/server";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/saved-searches/limits";
import { SavedSearchNotice } from "./notice";

/**
 * "Save this search" under the catalogue's result count, for those who may keep saved searches:
 * the search as the catalogue writes it, and a name that starts as its filters in words.
 */
export async function SaveSearchForm({
  query,
  defaultName,
  notice,
  action,
}: {
  query: string;
  defaultName: string;
  notice: string | string[] | undefined;
  action: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("savedSearches.save");
  return (
    <section aria-labelledby="save-search-heading" className="space-y-2 rounded border border-slate-300 p-3">
      <h3 id="save-search-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <SavedSearchNotice notice={notice} id="save-search" />
      <p id="saved-search-hint" className="field-hint">
        {t("hint")} {t("nameHint", { max: SAVED_SEARCH_NAME_MAX })}
      </p>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="query" value={query} />
        <div className="min-w-0 grow">
          <label htmlFor="saved-search-name" className="field-label">
            {t("nameLabel")}
          </label>
          <input
            id="saved-search-name"
            name="name"
            defaultValue={defaultName}
            maxLength={SAVED_SEARCH_NAME_MAX}
            aria-describedby="saved-search-hint"
            className="input"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="btn-secondary">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
