import { createRequire } from "node:module";
import type { CityData } from "city-timezones";

/**
 * Place names people type for a time zone ("Almaty", "London", "Kazakhstan", "KAZ") → an IANA
 * zone. The data is the city-timezones package (npm; about 7,300 cities with their country,
 * ISO codes, population and IANA zone); it is read on the first lookup, not at start-up (that first lookup takes about 0.1 s; the index keeps about 3 MB).
 *
 * An ambiguous name takes the most populous match: "London" is Europe/London, not Ontario's.
 * A country's zone is the zone of its most populous city ("Kazakhstan" → Asia/Almaty,
 * "United States" → America/New_York).
 */

interface Match {
  zone: string;
  population: number;
}

interface PlaceIndex {
  cities: Map<string, Match>;
  countries: Map<string, Match>;
  /** ISO 3166 alpha-3 codes, upper case ("KAZ", "USA"); not two-letter ones, which read as US states or words ("LA", "IN"). */
  codes: Map<string, Match>;
  /** The last part of IANA names ("kolkata", "buenos aires"), for places the city data lacks. */
  zoneCities: Map<string, string>;
}

/** "São Paulo" → "sao paulo", "St. Petersburg" → "st petersburg", "The Gambia" → "gambia". */
export function placeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/[\s_-]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

function keepLarger(map: Map<string, Match>, key: string, match: Match): void {
  const had = map.get(key);
  if (!had || match.population > had.population) map.set(key, match);
}

function buildIndex(cities: readonly CityData[]): PlaceIndex {
  const index: PlaceIndex = {
    cities: new Map(),
    countries: new Map(),
    codes: new Map(),
    zoneCities: new Map(),
  };
  const countryPeople = new Map<string, number>();
  const countryBiggest = new Map<string, CityData>();
  for (const city of cities) {
    // a few entries have no zone
    if (!city.timezone) continue;
    const match = { zone: city.timezone, population: city.pop ?? 0 };
    keepLarger(index.cities, placeKey(city.city), match);
    keepLarger(index.cities, placeKey(city.city_ascii), match);
    countryPeople.set(city.country, (countryPeople.get(city.country) ?? 0) + match.population);
    const biggest = countryBiggest.get(city.country);
    if (!biggest || (city.pop ?? 0) > (biggest.pop ?? 0)) countryBiggest.set(city.country, city);
  }
  for (const [country, city] of countryBiggest) {
    const match = { zone: city.timezone, population: countryPeople.get(country) ?? 0 };
    keepLarger(index.countries, placeKey(country), match);
    if (typeof city.iso3 === "string" && city.iso3)
      keepLarger(index.codes, city.iso3.toUpperCase(), match);
  }
  // the data's zones carry today's names (Asia/Ho_Chi_Minh); Intl lists ICU's older ones (Asia/Saigon)
  for (const zone of [...cities.map((c) => c.timezone), ...Intl.supportedValuesOf("timeZone")]) {
    if (!zone) continue;
    const key = placeKey(zone.slice(zone.lastIndexOf("/") + 1));
    if (!index.zoneCities.has(key)) index.zoneCities.set(key, zone);
  }
  return index;
}

let index: PlaceIndex | undefined;

function places(): PlaceIndex {
  if (!index) {
    const data = createRequire(import.meta.url)(
      "city-timezones",
    ) as typeof import("city-timezones");
    index = buildIndex(data.cityMapping);
  }
  return index;
}

/** The most populous country whose name starts with these whole words ("united states", "czech"). */
function countryByPrefix(countries: Map<string, Match>, key: string): Match | undefined {
  let best: Match | undefined;
  for (const [name, match] of countries) {
    if (name.startsWith(`${key} `) && (!best || match.population > best.population)) best = match;
  }
  return best;
}

/** A country, city, ISO country code (typed in capitals) or IANA city name → its IANA zone. */
export function zoneOfPlace(name: string): string | undefined {
  const key = placeKey(name);
  if (key.length < 2) return undefined;
  const { cities, countries, codes, zoneCities } = places();
  const upper = name.trim();
  const code = /^[A-Z]{3}$/.test(upper) ? codes.get(upper) : undefined;
  return (
    (countries.get(key) ?? cities.get(key) ?? code ?? countryByPrefix(countries, key))?.zone ??
    zoneCities.get(key)
  );
}
