import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function FundingNavLink() {
  const t = await getTranslations("funding");
  return (
    <Link href="/funding" className="text-white hover:text-sun-300">
      {t("nav")}
    </Link>
  );
}
