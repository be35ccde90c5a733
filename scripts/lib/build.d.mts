/** The repository's root directory. */
export const root: string;
/** Runs `next build` when the sources changed since the last build. */
export function buildIfChanged(): void;
