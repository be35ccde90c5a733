/** When the accessibility statement and the privacy notice were prepared and last reviewed. Update
 * `reviewed` whenever either is checked again (the accessibility statement must be reviewed yearly). */
export const STATEMENT_DATES = { prepared: "2026-11-28", reviewed: "2026-11-28" } as const;
