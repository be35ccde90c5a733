/** Says which URL parameters a page could not use and ignored (a stale or hand-edited link). */
export function IgnoredParamsNotice({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="status" className="rounded border border-amber-700 bg-amber-50 p-4">
      <p className="font-semibold">{title}</p>
      <ul className="list-disc pl-6">
        {messages.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
