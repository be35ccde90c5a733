"use client";

import type { Ref } from "react";
import { useTranslations } from "next-intl";

/**
 * Why a submission changed nothing, announced, and focused by the form (through `ref`). A failure
 * of ours comes with the id it was logged under, for the person to quote.
 */
export function FailureAlert({ ref, message, errorId }: { ref?: Ref<HTMLDivElement>; message: string; errorId?: string }) {
  const t = useTranslations("error");
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <p className="font-semibold text-red-900">{message}</p>
      {errorId && <p className="text-sm text-red-900">{t("reference", { id: errorId })}</p>}
    </div>
  );
}
