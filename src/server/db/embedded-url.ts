// Next bundles instrumentation and routes separately, so module state is not shared between them;
// the embedded database's address is handed over on globalThis.
const holder = globalThis as unknown as { __c4cEmbeddedDbUrl?: string };

export function embeddedDatabaseUrl(): string | undefined {
  return holder.__c4cEmbeddedDbUrl;
}

export function setEmbeddedDatabaseUrl(url: string): void {
  holder.__c4cEmbeddedDbUrl = url;
}
