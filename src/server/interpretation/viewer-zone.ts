import "server-only";
import { currentPrincipal } from "@/server/auth/session";
import { zoneOfCountries } from "@/lib/interpretation/time-zones";
import type { Principal } from "@/server/auth/principal";

/**
 * The time zone a person reads times in: their municipality's country's (the first of the
 * municipalities they act for), otherwise Kyiv's, the portal's zone. The portal has no zone per
 * account: staff work where their municipality is, and coordinators and interpreters read Kyiv
 * time, as the network always did; every time shown names its zone, so nobody guesses.
 */
export function zoneOf(principal: Pick<Principal, "countries"> | null): string {
  return zoneOfCountries(principal?.countries ?? []);
}

/** zoneOf the signed-in person (Kyiv's for visitors). */
export async function viewerTimeZone(): Promise<string> {
  return zoneOf(await currentPrincipal());
}
