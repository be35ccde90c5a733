import { endonym } from "@/lib/intl-names";
import { WORKING_LANGUAGES } from "@/lib/languages";

/** One checkbox per working language, each named in itself and marked with its language. */
export function LanguageCheckboxes({ name, checked }: { name: string; checked: readonly string[] }) {
  return (
    <ul className="mt-2 grid gap-1 sm:grid-cols-3">
      {WORKING_LANGUAGES.map((code) => (
        <li key={code}>
          <label className="flex min-h-8 items-center gap-2">
            <input id={`language-${code}`} type="checkbox" name={name} value={code} defaultChecked={checked.includes(code)} className="size-5" />
            <span lang={code}>{endonym(code)}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
