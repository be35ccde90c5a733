import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

type Props = {
  id: string;
  title: string;
  count: number;
  /** Says what the count counts, beside the title. */
  hint?: string;
  /** Where the whole list is handled (a "#…" link: further down the page). */
  more?: { href: string; label: string };
  children?: ReactNode;
};

/** One kind of thing needing attention on the dashboard: a count, a few of them, and the way to all. */
export function AttentionCard({ id, title, count, hint, more, children }: Props) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2 rounded border border-slate-300 p-4">
      <h2 id={id} className="text-xl font-semibold text-brand-900">
        {title}: <span className="tabular-nums">{count}</span>
      </h2>
      {hint && <p className="text-slate-700">{hint}</p>}
      {count > 0 && children}
      {more && <p>{more.href.startsWith("#") ? <a href={more.href}>{more.label}</a> : <Link href={more.href}>{more.label}</Link>}</p>}
    </section>
  );
}
