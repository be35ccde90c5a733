/**
 * The profile editor's sections, in page order: the anchors of its contents list. The first three
 * are on the page above the form; "other-languages" is the id OtherLanguages' heading has.
 */
export const EDITOR_PAGE_SECTIONS = ["publication", "confirmation", "fixed"] as const;
export const EDITOR_FORM_SECTIONS = ["names", "facts", "descriptions", "languages", "partners", "needs", "offers", "other-languages", "contact"] as const;
export type EditorFormSection = (typeof EDITOR_FORM_SECTIONS)[number];

export function sectionId(section: EditorFormSection): string {
  return section === "other-languages" ? section : `section-${section}`;
}
