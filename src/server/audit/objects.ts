import "server-only";
import { db } from "@/server/db";

type Names = { nameEn: string; nameUk: string | null; nameLocal: string | null; country: string };
/** What an audit line's object is, for a person: a request by reference, a municipality by name, with the page it is on. */
export type AuditObject =
  | { kind: "request"; reference: string }
  | { kind: "municipality"; slug: string; names: Names }
  | { kind: "partnership"; id: number; ukrainian: Names; eu: Names }
  | { kind: "membership"; municipality: Names & { slug: string } }
  | { kind: "contactMessage"; id: number };

const names = { nameEn: true, nameUk: true, nameLocal: true, country: true } as const;
const ids = (rows: { objectType: string | null; objectId: string | null }[], type: string) => [
  ...new Set(rows.filter((r) => r.objectType === type && r.objectId && /^\d{1,9}$/.test(r.objectId)).map((r) => Number(r.objectId))),
];

/**
 * The objects of a page of audit lines, looked up once per kind (a page is 50 lines): keyed
 * "type:id". An object since deleted is absent, and the line keeps its internal number.
 */
export async function describeAuditObjects(rows: { objectType: string | null; objectId: string | null }[]): Promise<Map<string, AuditObject>> {
  const [requests, municipalities, partnerships, memberships, messages] = await Promise.all([
    db().partnershipRequest.findMany({ where: { id: { in: ids(rows, "request") } }, select: { id: true, reference: true } }),
    db().municipality.findMany({ where: { id: { in: ids(rows, "municipality") } }, select: { id: true, slug: true, ...names } }),
    db().partnership.findMany({
      where: { id: { in: ids(rows, "partnership") } },
      select: { id: true, ukrainianMunicipality: { select: names }, euMunicipality: { select: names } },
    }),
    db().membership.findMany({ where: { id: { in: ids(rows, "membership") } }, select: { id: true, municipality: { select: { slug: true, ...names } } } }),
    db().contactMessage.findMany({ where: { id: { in: ids(rows, "contactMessage") } }, select: { id: true } }),
  ]);
  const out = new Map<string, AuditObject>();
  for (const r of requests) out.set(`request:${r.id}`, { kind: "request", reference: r.reference });
  for (const { id, slug, ...n } of municipalities) out.set(`municipality:${id}`, { kind: "municipality", slug, names: n });
  for (const p of partnerships) out.set(`partnership:${p.id}`, { kind: "partnership", id: p.id, ukrainian: p.ukrainianMunicipality, eu: p.euMunicipality });
  for (const m of memberships) out.set(`membership:${m.id}`, { kind: "membership", municipality: m.municipality });
  for (const m of messages) out.set(`contactMessage:${m.id}`, { kind: "contactMessage", id: m.id });
  return out;
}
