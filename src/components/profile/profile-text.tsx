import { getTranslations } from "next-intl/server";
import { isProfileLanguage, type ShownText } from "@/lib/profile-languages";

/**
 * A profile text as chosen for the visitor (chooseText), marked with the language it is in
 * (WCAG 3.1.2), and labelled when it is a machine translation. The label sits outside the
 * text's element: it is in the page's language.
 */
export async function ProfileText({ shown, className }: { shown: ShownText; className?: string }) {
  const t = await getTranslations("profileLanguages");
  return (
    <>
      <p lang={shown.language} className={className}>
        {shown.text}
      </p>
      {shown.machineTranslated && (
        <p className="mt-1 text-sm">
          <MachineTranslatedLabel label={t("machineTranslated")} />
        </p>
      )}
    </>
  );
}

/**
 * Says when what is shown is not in the page's language: "Shown in English — no German text yet."
 * Nothing when every text is in the page's language.
 */
export async function FallbackNotice({ shown, locale }: { shown: (ShownText | null)[]; locale: string }) {
  const t = await getTranslations("profileLanguages");
  const fallbacks = shown.filter((s): s is ShownText => s !== null && s.language !== locale);
  if (fallbacks.length === 0 || !isProfileLanguage(locale)) return null;
  const languages = new Set(fallbacks.map((s) => s.language));
  const noTextYet = t(`noTextYet.${locale}`);
  return (
    <p className="mb-2 text-sm text-slate-800">
      {languages.size === 1 ? t("fallback", { in: t(`in.${fallbacks[0].language}`), noTextYet }) : t("fallbackMixed", { noTextYet })}
    </p>
  );
}

/** The visible "Machine-translated" mark, in the page's language. */
export function MachineTranslatedLabel({ label }: { label: string }) {
  return <span className="inline-block rounded border border-slate-500 bg-slate-100 px-2 py-0.5 text-sm text-slate-800">{label}</span>;
}
