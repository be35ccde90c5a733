import en from "@/i18n/messages/en.json";
import uk from "@/i18n/messages/uk.json";
import Link from "next/link";
import "./globals.css";

// Outside any locale (the proxy normally redirects there first): say it in both first languages.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-3xl space-y-6 p-8">
        <main className="space-y-6">
          <section>
            <h1 className="text-2xl font-bold">{en.notFound.title}</h1>
            <p>
              <Link href="/en/municipalities">{en.notFound.catalogue}</Link>
            </p>
          </section>
          <section lang="uk">
            <h2 className="text-2xl font-bold">{uk.notFound.title}</h2>
            <p>
              <Link href="/uk/municipalities">{uk.notFound.catalogue}</Link>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
