import { notFound } from "next/navigation";

// Any path under a locale that no route claims: the localised not-found page.
export default function CatchAll() {
  notFound();
}
