"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest && <p className="text-sm text-slate-700">{t("reference", { id: error.digest })}</p>}
      <button type="button" onClick={reset} className="btn">
        {t("retry")}
      </button>
    </div>
  );
}
