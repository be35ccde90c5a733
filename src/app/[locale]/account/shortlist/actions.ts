"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may keep a shortlist, and which hromadas may be on it, is decided in src/server/shortlist
// (shortlist.keepOwn, published Ukrainian profiles only).

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { errorPage, runAction } from "@/server/forms/run-action";
import { DomainError } from "@/server/errors";
import { addToShortlist, removeFromShortlist } from "@/server/shortlist/shortlist";

const SLUG = /^[a-z0-9-]{1,120}$/;

/**
 * Adds a hromada to the shortlist or takes it off (fields: `municipality`, its slug; `op`, "add"
 * or "remove"; `from`, "profile" or "shortlist", the page to come back to, with a notice).
 */
export async function shortlistAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const field = (name: string) => String((form instanceof FormData && form.get(name)) || "");
  const slug = field("municipality");
  const onProfile = field("from") === "profile" && SLUG.test(slug);
  const page = onProfile ? `/${locale}/municipalities/${slug}` : `/${locale}/account/shortlist`;
  // The profile's way back to the catalogue keeps its filters (catalogueLeft reads `back`).
  const back = field("back");
  const keep = onProfile && back !== "" && back.length <= 2000 ? `&${new URLSearchParams({ back })}` : "";
  const show = (notice: string): never => redirect(`${page}?shortlist=${notice}${keep}#shortlist`);
  await runAction(form, {
    name: "shortlist",
    form: textForm("municipality", "op"),
    // "add" or "remove"; anything else is a forged form: nothing changes ("notFound", as for a slug that names no hromada).
    call: (principal, { municipality, op }) =>
      op === "remove"
        ? removeFromShortlist(principal, municipality).then(() => "removed" as const)
        : op === "add"
          ? addToShortlist(principal, municipality).then(() => "added" as const)
          : Promise.reject(new DomainError("notFound")),
    expected: { forbidden: "notAllowed", notFound: "notFound", full: "full" },
    done: (outcome) => {
      revalidatePath(`/${locale}/account/shortlist`);
      if (onProfile) revalidatePath(page);
      return show(outcome);
    },
    failed: (state) => (state.status === "failed" && state.reason !== "unexpected" ? show(state.reason) : errorPage(state)),
  });
}
