import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function MatchNavLink() {
  const t = await getTranslations("match");
  return (
    <Link href="/match" className="text-white hover:text-sun-300">
      {t("nav")}
    </Link>
  );
}
