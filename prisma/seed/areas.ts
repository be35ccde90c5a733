// The taxonomy is the portal's own; the seed uses the same list.
export { COOPERATION_AREAS, type CooperationAreaSlug } from "../../src/lib/cooperation-areas";
