import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/server/errors";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import type { DecisionErrorCode } from "./errors";

type Proposed = { proposedMunicipalityName: string | null; proposedCountry: string | null; proposedRegion: string | null };

/**
 * A partnership needs both municipalities in the portal. Approving a request from a municipality
 * not yet listed adds it as an unpublished draft, as the requester named it; its people can
 * complete and publish it once a coordinator grants them membership.
 */
export async function newMunicipalityForRequest(tx: Prisma.TransactionClient, request: Proposed): Promise<number> {
  const name = request.proposedMunicipalityName?.trim();
  const country = request.proposedCountry?.trim().toUpperCase();
  if (!name || !country || country === "UA") throw new DomainError<DecisionErrorCode>("noEuMunicipality");
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  const slug = `${base || "municipality"}-${country.toLowerCase()}-${randomBytes(3).toString("hex")}`;
  const created = await tx.municipality.create({
    data: { slug, country, nameEn: name, nameLocal: name, regionName: request.proposedRegion || null, status: "DRAFT", languages: [] },
    select: { id: true },
  });
  // Findable by name from the first moment: its people look it up on their account page to ask to join it.
  await refreshSearchIndex(tx, [created.id]);
  return created.id;
}
