/**
 * The client's address, from the address that connected (`peer`) and the X-Forwarded-For chain,
 * trusting exactly `trustedHops` reverse proxies in front of the portal. Each trusted proxy
 * appends the address it was connected from, so the client is the entry `trustedHops` places
 * from the right end of "chain, peer"; whatever stands further left was written by the client
 * and is ignored (rotating it must not buy a fresh rate-limit counter). With no trusted proxy the
 * peer is the client, whatever the headers say. A chain shorter than the hops (a request that
 * reached the portal around its proxy) gives its leftmost entry: the closest thing to a client.
 */
export function clientAddressFrom(forwardedFor: string | null, peer: string | null, trustedHops: number): string | null {
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean),
    ...(peer ? [peer] : []),
  ];
  if (chain.length === 0) return null;
  const address = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return normalise(address);
}

/** "::ffff:203.0.113.7" and "203.0.113.7" are one client; anything that is no address is none. */
function normalise(address: string): string | null {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").replace(/^\[(.*)\](:\d+)?$/, "$1");
  return /^[0-9a-f:.]{2,45}$/i.test(plain) ? plain.toLowerCase() : null;
}
