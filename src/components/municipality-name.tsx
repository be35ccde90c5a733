/**
 * A Ukrainian municipality's name in the page's language; on pages in another language the
 * Ukrainian name follows, marked as Ukrainian for screen readers.
 */
export function MunicipalityName({
  nameEn,
  nameUk,
  locale,
  withOriginal = true,
}: {
  nameEn: string;
  nameUk: string | null;
  locale: string;
  withOriginal?: boolean;
}) {
  if (locale === "uk") return <span lang="uk">{nameUk ?? nameEn}</span>;
  return (
    <>
      <span>{nameEn}</span>
      {withOriginal && nameUk && (
        <>
          {" "}
          <span lang="uk" className="font-normal text-slate-700">
            ({nameUk})
          </span>
        </>
      )}
    </>
  );
}

/** Picks the page language's text, falling back to the other first language. */
export function localised(locale: string, en: string | null, uk: string | null): string | null {
  return locale === "uk" ? (uk ?? en) : (en ?? uk);
}
