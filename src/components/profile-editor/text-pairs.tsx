"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";

/** An English or Ukrainian text of a pair: the description or a need's or offer's detail line. */
const PAIRED = /^(description(En|Uk)|(needs|offers)-[a-z-]+-(en|uk))$/;

/** The other text of the pair: descriptionEn ↔ descriptionUk, needs-energy-en ↔ needs-energy-uk. */
export function counterpart(field: string): string {
  if (field === "descriptionEn") return "descriptionUk";
  if (field === "descriptionUk") return "descriptionEn";
  return field.endsWith("-en") ? `${field.slice(0, -3)}-uk` : `${field.slice(0, -3)}-en`;
}

/**
 * While the form is edited (with JavaScript), which English and Ukrainian texts differ from what
 * was stored: a text whose other language changed while it did not gets a note at once. The
 * save says the same without JavaScript (src/lib/profile-translations.ts, `possiblyOutdated`).
 */
export function useChangedTexts() {
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || !PAIRED.test(el.name)) return;
    const differs = el.value.trim() !== el.defaultValue.trim();
    if (differs === changed.has(el.name)) return;
    const next = new Set(changed);
    if (differs) next.add(el.name);
    else next.delete(el.name);
    setChanged(next);
  };
  const reset = () => setChanged(new Set());
  return { changed, onChange, reset };
}

/** The note under a text whose other language was changed in this form and it was not. */
export function OtherLanguageChanged({ field, changed }: { field: string; changed: ReadonlySet<string> }) {
  const t = useTranslations("finding.editor.live");
  if (!changed.has(counterpart(field)) || changed.has(field)) return null;
  const other = field.endsWith("Uk") || field.endsWith("-uk") ? "en" : "uk";
  return (
    <span id={`${field}-other-changed`} className="mt-1 block rounded border border-amber-700 bg-amber-50 px-2 py-1 text-sm text-amber-950">
      {t(other === "uk" ? "ukChanged" : "enChanged")}
    </span>
  );
}
