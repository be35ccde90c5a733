import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// The proxy only chooses the locale and redirects; it is never an access check.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|healthz|readyz|.*\\..*).*)"],
};
