/**
 * Abbreviations that end with a full stop inside a sentence ("Mr.", "Gen.", "Jan.", "e.g."), lower
 * case without their last stop. Written for this project; compromise tags most of them
 * #Abbreviation or #Honorific. "v" is "versus" as a court case is named ("Roe v. Wade", "Brown v.
 * Board of Education"), beside "vs". The plural titles ("Sens. Ann Lowe and Tom Reyes", "Reps.",
 * "Govs.", "Drs.", "Messrs.") go before names as the singular ones do.
 */
import { wordSet } from "./word-set.js";

export const ABBREVIATIONS = wordSet(
  "mr mrs ms messrs dr drs prof profs st jr sr gen gens gov govs sen sens rep reps lt col capt sgt maj cmdr adm rev hon pres supt insp det inc ltd co corp plc llc bros v vs etc al approx dept est fig no nos vol op mt ft ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e",
);

/**
 * Abbreviations that end a company's name ("Dow Chemical Co.", "Apple Inc."): compromise's
 * organisation abbreviations (MIT; src/1-one/tokenize/model/abbreviations: inc ltd co corp bros)
 * and the other legal forms of English and French company names (plc llc cie).
 */
export const COMPANY_ABBREVIATIONS = wordSet("inc ltd co corp bros plc llc cie");
