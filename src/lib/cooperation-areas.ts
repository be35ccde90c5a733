/** The network's fixed taxonomy of cooperation areas; names are in the i18n catalogues (areas.*). */
export const COOPERATION_AREAS = [
  "reconstruction",
  "energy",
  "water",
  "waste",
  "healthcare",
  "rehabilitation",
  "education",
  "culture",
  "civil-protection",
  "social-services",
  "economy",
  "governance",
  "eu-integration",
  "environment",
  "material-aid",
  "ukrainian-expertise",
] as const;

export type CooperationAreaSlug = (typeof COOPERATION_AREAS)[number];

export function isCooperationArea(value: string): value is CooperationAreaSlug {
  return (COOPERATION_AREAS as readonly string[]).includes(value);
}
