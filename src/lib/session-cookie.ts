/**
 * Auth.js's session cookie. Over https it is `__Host-` prefixed, which browsers only accept with
 * Secure, Path=/ and no Domain: no subdomain or plain-http page can set or overwrite it.
 * Always HttpOnly and SameSite=Lax. The proxy reads the names to spare signed-out renders.
 */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Host-authjs.session-token"] as const;

export function sessionCookie(publicUrl: string | undefined) {
  const secure = publicUrl?.startsWith("https://") ?? false;
  return {
    name: secure ? SESSION_COOKIE_NAMES[1] : SESSION_COOKIE_NAMES[0],
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
