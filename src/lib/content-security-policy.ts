/** Where browsers send reports of what a policy blocked (Reporting-Endpoints in next.config.ts). */
export const CSP_REPORT_PATH = "/api/csp-report";

/**
 * The Content-Security-Policy of the portal's pages, minted per request by the proxy with a
 * fresh nonce: Next.js puts that nonce on its own inline scripts (it reads it from the request's
 * policy), and no other inline script runs; nor does any inline style. Responses the proxy does not see (static files, probes) carry STATIC_POLICY
 * from next.config.ts.
 */
export function pagePolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // No inline styles: no page renders a style attribute or element (colours computed from data
    // are SVG fill attributes). React's style props set on the client go through the CSSOM, which
    // the policy does not govern.
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Violations are reported (rate-limited and logged: src/server/abuse/csp-report.ts).
    `report-uri ${CSP_REPORT_PATH}`,
    "report-to csp",
  ].join("; ");
}

/**
 * For every response, pages included: what needs no nonce. A browser enforces every policy it
 * is sent, so this one must not restrict scripts (no script-src, no default-src), or it would
 * block the nonce'd scripts the page policy allows.
 */
export const STATIC_POLICY = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** 128 random bits, base64: a nonce nobody can guess. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
