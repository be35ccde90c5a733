// Where browsers report what the Content-Security-Policy blocked (src/lib/content-security-policy.ts).
export { POST } from "@/server/abuse/csp-report";
