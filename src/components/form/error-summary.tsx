import type { Ref } from "react";

/**
 * The list of fields with problems at the top of a form, each a link to its field. The form
 * moves focus here (through `ref`) after a submission with errors.
 */
export function ErrorSummary({ ref, title, items }: { ref: Ref<HTMLDivElement>; title: string; items: { href: string; label: string }[] }) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="error-summary-title" className="font-semibold text-red-900">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
