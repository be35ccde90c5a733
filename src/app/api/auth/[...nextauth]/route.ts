// Auth.js's endpoints: the magic-link callback, sign-out, the session and CSRF token.
export { GET, POST } from "@/server/auth/handlers";
