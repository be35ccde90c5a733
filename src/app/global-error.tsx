"use client";

// Its own stylesheet: it replaces the root layout (and its CSS), and the policy allows no inline style.
import "./global-error.css";
import en from "@/i18n/messages/features/error.en.json";
import uk from "@/i18n/messages/features/error.uk.json";

// When even the layout failed: no locale is known, so both first languages are shown. Only the
// error messages are imported: this component is in every page's JavaScript, and importing the
// core catalogues put both of them there too (8 KB gzip).
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="global-error">
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
