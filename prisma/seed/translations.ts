// Profile texts in the optional languages (src/lib/profile-languages.ts), written for the demo so
// that the feature shows, and so that a search in each partner language finds texts written in it:
// Lviv in German and Polish, Kyiv in German (marked machine-translated) and Polish, Chernihiv in
// Swedish, Bucha in French, Kropyvnytskyi in Italian, Lutsk in Dutch and Chernivtsi in Romanian.
// Everything else is in English and Ukrainian only, as most real profiles will be.
import type { AdditionalProfileLanguage } from "../../src/lib/profile-languages";
import type { CooperationAreaSlug } from "./areas";

export interface ProfileTranslationSeed {
  slug: string;
  descriptions: Partial<Record<AdditionalProfileLanguage, string>>;
  details: { direction: "NEED" | "OFFER"; area: CooperationAreaSlug; language: AdditionalProfileLanguage; detail: string }[];
  machineTranslated: AdditionalProfileLanguage[];
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
  {
    slug: "chernihiv",
    descriptions: {
      sv:
        "Tjernihiv i norra Ukraina belägrades under krigets första veckor. Staden behöver modulära pannhus så att " +
        "fjärrvärmen fortsätter att fungera, ett moderniserat avloppsreningsverk och säker bortforsling av rivningsmassor. " +
        "I gengäld erbjuder den lektioner i ukrainska språket och kulturen för vänskolor samt vandringsutställningar och konserter.",
    },
    details: [
      { direction: "NEED", area: "water", language: "sv", detail: "Modernisering av avloppsreningsverket" },
      { direction: "NEED", area: "energy", language: "sv", detail: "Modulära pannhus så att fjärrvärmen fortsätter att fungera" },
      { direction: "NEED", area: "waste", language: "sv", detail: "Säker bortforsling och återvinning av rivningsmassor från förstörda byggnader" },
      { direction: "OFFER", area: "education", language: "sv", detail: "Lektioner i ukrainska språket och kulturen för vänskolor" },
    ],
    machineTranslated: [],
  },
  {
    slug: "bucha",
    descriptions: {
      fr:
        "Boutcha, au nord-ouest de Kyiv, a été occupée au printemps 2022. La commune a besoin de camions de pompiers et " +
        "de matériel de secours pour ses sapeurs-pompiers, d'abris équipés dans les écoles et d'aide pour dépolluer les " +
        "terres et les eaux. Elle souhaite apprendre comment les communes de l'UE appliquent les règles des marchés publics.",
    },
    details: [
      { direction: "NEED", area: "civil-protection", language: "fr", detail: "Camions de pompiers et matériel de secours pour les sapeurs-pompiers locaux" },
      { direction: "NEED", area: "education", language: "fr", detail: "Équiper les abris des écoles pour que les cours reprennent en présentiel" },
      { direction: "NEED", area: "environment", language: "fr", detail: "Dépolluer les terres et les eaux contaminées par les combats" },
    ],
    machineTranslated: [],
  },
  {
    slug: "kropyvnytskyi",
    descriptions: {
      it:
        "Kropyvnytskyi, nel centro dell'Ucraina, cerca partner per il restauro del centro storico e della collezione del " +
        "museo locale e per attrezzare i rifugi delle scuole. Offre la propria esperienza nel sostegno psicologico ai " +
        "veterani e alle loro famiglie.",
    },
    details: [
      { direction: "NEED", area: "culture", language: "it", detail: "Restauro del centro storico e della collezione del museo locale" },
      { direction: "NEED", area: "education", language: "it", detail: "Attrezzare i rifugi delle scuole perché le lezioni possano continuare in presenza" },
      { direction: "OFFER", area: "rehabilitation", language: "it", detail: "Esperienza di sostegno psicologico ai veterani e alle loro famiglie" },
    ],
    machineTranslated: [],
  },
  {
    slug: "lutsk",
    descriptions: {
      nl:
        "Loetsk, in het noordwesten van Oekraïne, zoekt partners voor telegeneeskunde in plattelandsgezondheidsposten, " +
        "mobiele waterzuiveringsinstallaties en schuilkelders in scholen. De stad deelt haar ervaring met decentrale " +
        "verwarming en zonne-energie voor openbare gebouwen.",
    },
    details: [
      { direction: "NEED", area: "healthcare", language: "nl", detail: "Telegeneeskundekits voor gezondheidsposten op het platteland" },
      { direction: "NEED", area: "water", language: "nl", detail: "Mobiele waterzuiveringsinstallaties en drinkwaterpunten" },
      { direction: "OFFER", area: "energy", language: "nl", detail: "Ervaring met decentrale verwarming en zonne-energie voor openbare gebouwen" },
    ],
    machineTranslated: [],
  },
  {
    slug: "chernivtsi",
    descriptions: {
      ro:
        "Cernăuți, centrul istoric al Bucovinei, caută parteneri pentru stagii de formare a medicilor și asistentelor în " +
        "traumatologie, pentru modernizarea stației de epurare și pentru formarea asistenților sociali care sprijină " +
        "familiile veteranilor. Oferă expoziții itinerante și concerte, precum și experiența sa în menținerea serviciilor " +
        "publice în timpul penelor de curent.",
    },
    details: [
      { direction: "NEED", area: "healthcare", language: "ro", detail: "Stagii de formare pentru medici și asistente în traumatologie" },
      { direction: "NEED", area: "water", language: "ro", detail: "Modernizarea stației de epurare a apelor uzate" },
      { direction: "NEED", area: "social-services", language: "ro", detail: "Formarea asistenților sociali care sprijină familiile veteranilor" },
    ],
    machineTranslated: [],
  },
];
