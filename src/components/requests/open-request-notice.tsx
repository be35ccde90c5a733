import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = { open: { reference: string; mine: boolean; eu: string }[]; variant: "profile" | "form" };

/** "Your municipality already has an open request here", with a link to it for the person who sent it. */
export async function OpenRequestNotice({ open, variant }: Props) {
  if (open.length === 0) return null;
  const t = await getTranslations("followUp.openRequest");
  return (
    <div className="space-y-2 rounded border-2 border-amber-700 bg-amber-50 p-4">
      {open.map((r) => (
        <p key={r.reference}>
          {t.rich(variant, {
            eu: r.eu,
            reference: r.reference,
            // Only the person who sent it can open its page; a colleague is told its reference.
            link: (chunks) => (r.mine ? <Link href={`/account/requests/${r.reference}`}>{chunks}</Link> : <span className="font-mono">{chunks}</span>),
          })}
        </p>
      ))}
    </div>
  );
}
