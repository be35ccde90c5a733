import "server-only";
import { db } from "@/server/db";

/**
 * What is counted or listed over the whole network: the catalogue's filter counts, the home
 * page's and the map's figures, the EU municipalities to choose from. Kept per process between
 * requests, each tagged with the generation it was computed under: the id of the last
 * transaction that wrote a table they read (municipality, municipality_area, region,
 * cooperation_area, partnership: statement triggers, see the catalogue_speed and
 * network_figures migrations; seed_run, which the home page reads for its demo notice, is
 * written only by the seed, in the transaction that writes the municipalities). A request reads the generation first, in its own statement, and
 * uses only what was computed under it: a change saved on any instance moves the generation in
 * the same transaction, so the next request on every instance computes again. Nothing is ever
 * older than the generation read; a change that commits between that read and a request's next
 * query shows as it would without the cache (they were always two statements).
 *
 * At 50,000 profiles each of these costs a scan of every profile (35–330 ms), while profiles
 * and partnerships change far less often than the pages are read.
 */
const MAX_ENTRIES = 1000;

type Entry = { generation: string; value: Promise<unknown> };

const holder = globalThis as unknown as { __c4cGenerationCache?: Map<string, Entry> };
const entries: Map<string, Entry> = (holder.__c4cGenerationCache ??= new Map());

/** The current generation; empty when its row was deleted by hand. */
export async function currentGeneration(): Promise<string> {
  const [{ generation }] = await db().$queryRaw<
    [{ generation: string }]
  >`SELECT coalesce((SELECT value::text FROM catalogue_generation WHERE id = 1), '') AS generation`;
  return generation;
}

/**
 * The value of `key` at `generation`, computed with `compute` when this process has none for
 * it. Concurrent requests for the same key share one computation. Callers must not change what
 * they are given: the next request gets the same object.
 */
export function cachedForGeneration<T>(key: string, generation: string, compute: () => Promise<T>): Promise<T> {
  // No generation: nothing can be known to be current.
  if (!generation) return compute();
  const hit = entries.get(key);
  if (hit && hit.generation === generation) {
    // Most recently used last: the first key is the one to evict.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  entries.delete(key);
  entries.set(key, { generation, value });
  // A failed computation is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** `compute` at the current generation: one query when this process has it already. */
export async function cachedForCurrentGeneration<T>(key: string, compute: () => Promise<T>): Promise<T> {
  return cachedForGeneration(key, await currentGeneration(), compute);
}
