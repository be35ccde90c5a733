import { Link } from "@/i18n/navigation";
import { localised } from "@/components/municipality-name";
import type { AuditObject } from "@/server/audit/objects";

type Names = { nameEn: string; nameUk: string | null; nameLocal: string | null; country: string };
const nameOf = (n: Names, locale: string) => (n.country === "UA" ? (localised(locale, n.nameEn, n.nameUk) ?? n.nameEn) : (n.nameLocal ?? n.nameEn));

/** An audit line's object by the name people know it by, linked to the page where it is seen. */
export function AuditObjectLink({ object, locale, label }: { object: AuditObject; locale: string; label: string }) {
  switch (object.kind) {
    case "request":
      return (
        <>
          {label}{" "}
          <Link href={`/coordinator/requests/${object.reference}`} className="font-mono">
            {object.reference}
          </Link>
        </>
      );
    case "municipality":
      return (
        <>
          {label} <Link href={`/municipalities/${object.slug}`}>{nameOf(object.names, locale)}</Link>
        </>
      );
    case "partnership":
      return (
        <>
          {label} <Link href={`/partnerships/${object.id}`}>{`${nameOf(object.ukrainian, locale)} – ${nameOf(object.eu, locale)}`}</Link>
        </>
      );
    case "membership":
      return (
        <>
          {label} <Link href={`/municipalities/${object.municipality.slug}`}>{nameOf(object.municipality, locale)}</Link>
        </>
      );
    case "contactMessage":
      return <Link href={`/coordinator/messages/${object.id}`}>{label}</Link>;
  }
}
