/** An expected failure the user can act on; `code` picks the message shown. Anything else is a bug. */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly field?: string,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

/** Prisma's unique-constraint violation, on the given column if named. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: string }).code !== "P2002") return false;
  if (!column) return true;
  // Where Prisma names the constraint differs between drivers: meta.target, meta.driverAdapterError or only the message.
  const { meta, message } = error as { meta?: unknown; message?: string };
  return JSON.stringify(meta ?? {}).includes(column) || (message ?? "").includes(column);
}
