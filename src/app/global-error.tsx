"use client";

import en from "@/i18n/messages/en.json";
import uk from "@/i18n/messages/uk.json";

// When even the layout failed: no locale is known, so both first languages are shown.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{en.error.title}</h1>
          <p>{en.error.body}</p>
          <div lang="uk">
            <h2>{uk.error.title}</h2>
            <p>{uk.error.body}</p>
          </div>
          {error.digest && <p>{error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
