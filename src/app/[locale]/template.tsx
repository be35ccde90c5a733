import { Suspense } from "react";
import { RouteFocus } from "@/components/route-focus";

/** Every page, with focus moved to its main content after a navigation (see RouteFocus). */
export default function LocaleTemplate({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <Suspense fallback={null}>
        <RouteFocus />
      </Suspense>
    </>
  );
}
