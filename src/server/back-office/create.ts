import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import type { CreateInput } from "@/lib/back-office/forms";

/** A slug from a name: Latin letters and digits, the country, and a few random letters so two namesakes never meet. */
export function slugFor(name: string, country: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `${base || "municipality"}-${country.toLowerCase()}-${randomBytes(3).toString("hex")}`;
}

/**
 * A municipality outside Ukraine added by hand, as an unpublished draft its people complete once
 * they are members. A hromada is never created here: every hromada comes from the register
 * (the schema refuses "UA"). The same name in the same country is refused ("exists"), with the
 * slug of the one already there.
 */
export async function createMunicipality(principal: Principal | null, input: CreateInput): Promise<{ slug: string }> {
  const actor = await authorize(principal, "municipality.manage");
  return db().$transaction(async (tx) => {
    const same = await tx.municipality.findFirst({
      where: {
        country: input.country,
        OR: [{ nameEn: { equals: input.nameEn, mode: "insensitive" } }, { nameLocal: { equals: input.nameLocal ?? input.nameEn, mode: "insensitive" } }],
      },
      select: { slug: true },
    });
    if (same) throw new ExistsError(same.slug);
    const slug = slugFor(input.nameEn, input.country);
    const created = await tx.municipality.create({
      data: {
        slug,
        country: input.country,
        nameEn: input.nameEn,
        nameLocal: input.nameLocal ?? input.nameEn,
        regionName: input.regionName,
        population: input.population,
        status: "DRAFT",
        languages: [],
      },
      select: { id: true },
    });
    await refreshSearchIndex(tx, [created.id]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "municipality.create",
      objectType: "municipality",
      objectId: String(created.id),
      outcome: "ALLOWED",
      detail: { slug, country: input.country },
    });
    return { slug };
  });
}

export class ExistsError extends DomainError<"exists"> {
  constructor(readonly slug: string) {
    super("exists");
  }
}
