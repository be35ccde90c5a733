/**
 * A person as the coordinators' pages name them: name and job title when the person gave them,
 * with the address that tells two people of one name apart ("Anna Berg, International relations
 * <anna@sindelfingen.de>"); only the address when they gave neither.
 */
export function personLine(p: { name: string | null; email: string; jobTitle?: string | null }): string {
  const who = [p.name, p.jobTitle].filter(Boolean).join(", ");
  return who ? `${who} <${p.email}>` : p.email;
}
