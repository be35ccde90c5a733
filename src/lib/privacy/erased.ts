/**
 * What an erased person's details are replaced with where the row itself must stay (a partnership
 * request stays on the record of the municipalities it concerns). Language-neutral on purpose:
 * the same marker is shown in English and Ukrainian, and the address is reserved (RFC 2606) so
 * that no mail can ever reach it.
 */
export const ERASED_TEXT = "[erased]";
export const ERASED_EMAIL = "erased@erased.invalid";

export function isErasedEmail(email: string): boolean {
  return email === ERASED_EMAIL;
}
