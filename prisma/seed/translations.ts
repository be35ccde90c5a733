// Profile texts in the optional languages (src/lib/profile-languages.ts), written for the demo so
// that the feature shows: Lviv in German and Polish, Kyiv in German (marked machine-translated)
// and Polish. Everything else is in English and Ukrainian only, as most real profiles will be.
import type { CooperationAreaSlug } from "./areas";

export interface ProfileTranslationSeed {
  slug: string;
  descriptions: Partial<Record<"de" | "pl", string>>;
  details: { direction: "NEED" | "OFFER"; area: CooperationAreaSlug; language: "de" | "pl"; detail: string }[];
  machineTranslated: ("de" | "pl")[];
}

export const PROFILE_TRANSLATIONS: readonly ProfileTranslationSeed[] = [
  {
    slug: "lviv",
    descriptions: {
      de:
        "Lwiw ist das Verwaltungszentrum der Oblast Lwiw und hat rund 718.000 Einwohnerinnen und Einwohner. " +
        "Am dringendsten braucht die Stadt eine krisenfeste Energieversorgung und eine sichere Wasserversorgung. " +
        "Im Gegenzug teilt sie ihre Erfahrung in der kommunalen Selbstverwaltung und in der Kultur.",
      pl:
        "Lwów jest centrum administracyjnym obwodu lwowskiego i liczy około 718 tys. mieszkańców. " +
        "Najpilniej potrzebuje odpornego zaopatrzenia w energię i bezpiecznego zaopatrzenia w wodę. " +
        "W zamian może dzielić się doświadczeniem w samorządności lokalnej i kulturze.",
    },
    details: [
      { direction: "NEED", area: "energy", language: "de", detail: "Modulare Heizhäuser, damit die Fernwärme weiterläuft" },
      { direction: "NEED", area: "water", language: "de", detail: "Modernisierung der Kläranlage" },
      { direction: "NEED", area: "energy", language: "pl", detail: "Modułowe kotłownie, aby utrzymać ciepłownictwo miejskie" },
    ],
    machineTranslated: [],
  },
  {
    slug: "kyiv",
    descriptions: {
      de:
        "Kyjiw, die Hauptstadt der Ukraine, hat rund 2,8 Millionen Einwohner. Die dringendsten Bedürfnisse sind " +
        "eine sichere Wasserversorgung und neue Arbeitsplätze für die Bewohner. Im Gegenzug kann die Stadt Erfahrungen " +
        "im Krisenmanagement in Kriegszeiten, in der Kultur und im Zivilschutz teilen.",
      pl:
        "Kijów, stolica Ukrainy, liczy około 2,8 mln mieszkańców. Najpilniejsze potrzeby to bezpieczne zaopatrzenie " +
        "w wodę i nowe miejsca pracy dla mieszkańców. W zamian miasto może dzielić się doświadczeniem w zarządzaniu " +
        "kryzysowym w czasie wojny, w kulturze i w ochronie ludności.",
    },
    details: [{ direction: "NEED", area: "water", language: "de", detail: "Austausch verschlissener Wasserleitungen, um Verluste zu senken" }],
    machineTranslated: ["de"],
  },
];
