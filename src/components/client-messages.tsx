import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { type MessageTree, pickMessages } from "@/lib/pick-messages";

/**
 * The messages the client components under it use, and no others. Every message a client
 * component can read is sent with the page (in its RSC payload); the whole catalogue is 68–104 KB
 * per language, most of it for server-rendered pages that never need it in the browser. Each
 * page that renders a client component that translates wraps it in this with the namespaces it
 * reads (its `useTranslations(…)` calls).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as MessageTree;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
