/**
 * Where a coordinator's page links a municipality it names: its public profile while published,
 * else its page in the back office (a draft has no public page).
 */
export function municipalityHrefForCoordinators(m: { slug: string; status: "DRAFT" | "PUBLISHED" | string }): string {
  return m.status === "PUBLISHED" ? `/municipalities/${m.slug}` : `/coordinator/municipalities/${m.slug}`;
}
