import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** "Member of the network since …" on a municipality's page, linking to the members; nothing for a non-member. */
export async function NetworkMemberSince({ since }: { since: string | null }) {
  if (!since) return null;
  const t = await getTranslations("network");
  const format = await getFormatter();
  const date = format.dateTime(new Date(`${since}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return <p className="font-semibold text-slate-900">{t.rich("memberSince", { date, link: (chunks) => <Link href="/network">{chunks}</Link> })}</p>;
}
