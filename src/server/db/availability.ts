// Whether this process can reach its database, as one process-wide state that the pages' bundle
// and the proxy's bundle share (it lives on globalThis: each bundle has its own copy of this
// module). The pool reports failures; a failure is only a suspicion until a fresh connection
// confirms it, so one killed connection does not turn users away. While the database is down
// the proxy answers 503 (src/proxy.ts) instead of letting pages wait for or fail on it, and a
// probe retries every PROBE_INTERVAL_MS, so pages come back as soon as the database does.

const PROBE_INTERVAL_MS = 250;

export type Outage = { id: string; since: number };

type Probe = () => Promise<void>;

type State = { outage: Outage | null; probe: Probe | null; probing: boolean; timer: NodeJS.Timeout | null };

const holder = globalThis as unknown as { __c4cDatabaseAvailability?: State };
const state: State = (holder.__c4cDatabaseAvailability ??= { outage: null, probe: null, probing: false, timer: null });

/** The current outage, or null while the database is (as far as this process knows) reachable. */
export function databaseOutage(): Outage | null {
  return state.outage;
}

/** How to check the database with a fresh connection; set once by the database client. */
export function setDatabaseProbe(probe: Probe): void {
  state.probe = probe;
}

/** A database call failed in a way that may mean the database is gone: check, now. */
export function reportDatabaseFailure(error: unknown): void {
  if (state.outage || state.probing) return;
  void probe(error);
}

async function probe(cause?: unknown): Promise<void> {
  if (state.probing || !state.probe) return;
  state.probing = true;
  try {
    await state.probe();
    if (state.outage) {
      console.warn(JSON.stringify({ event: "database-available", outage: state.outage.id, downForMs: Date.now() - state.outage.since }));
      state.outage = null;
    }
    stopProbing();
  } catch (error) {
    if (!state.outage) {
      state.outage = { id: crypto.randomUUID(), since: Date.now() };
      console.error(JSON.stringify({ event: "database-unavailable", outage: state.outage.id, cause: describe(cause), probe: describe(error) }));
      state.timer = setInterval(() => void probe(), PROBE_INTERVAL_MS);
      state.timer.unref();
    }
  } finally {
    state.probing = false;
  }
}

function stopProbing(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
}

function describe(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
