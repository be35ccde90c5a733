import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/client-address";
import { env } from "@/server/env";
import { PEER_HEADER } from "./peer-address";

/**
 * The client's address: the connection's own address, or — behind TRUSTED_PROXY_HOPS reverse
 * proxies (src/server/env.ts) — the one the nearest of them reports in X-Forwarded-For.
 * A client-supplied X-Forwarded-For is never believed beyond that.
 */
export async function clientAddress(): Promise<string | null> {
  const h = await headers();
  return clientAddressFrom(h.get("x-forwarded-for"), h.get(PEER_HEADER), env.TRUSTED_PROXY_HOPS);
}
