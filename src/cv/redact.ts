// Removes contact details from CV text before anything leaves the machine (LLM prompts, logs, reports).

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// Phone candidates; each is kept only if it has 9 to 15 digits, so years, dates and ranges survive.
const PHONE_PATTERNS = [
  // Korean: 010-1234-5678, 01012345678, 02-123-4567, 031.123.4567, +82 10 1234 5678, +82-(0)10-...
  /(?:\+82[\s.-]?(?:\(0\))?[\s.-]?|\b0)(?:1[016789]|2|[3-6][1-5]|70|50\d)[\s.)-]?\d{3,4}[\s.-]?\d{4}\b/g,
  // International with a country code: +1-123-456-7890, +44 20 7946 0958, (+82) 10-9030-1843.
  /\(?\+\d{1,3}\)?[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}\b/g,
  // North American without a country code: (415) 555-0132, 607.379.5733, 415-555-0132.
  /(?:\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-]\d{4}\b/g,
  // Domestic numbers written in groups: 0541 999 99 99, 020 7946 0958.
  /\b0\d{2,4}(?:[\s.-]\d{2,4}){2,3}\b/g,
];

// Korean road-name and lot-number addresses: region words (시/도/구/군/읍/면/동) then a 로/길 road with a
// building number, or a 동/리 with a lot number; a trailing floor/unit/room and a bracketed note go too.
const KO_REGION = '[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구|읍|면)';
const KO_ROAD = '[가-힣A-Za-z0-9]+(?:로|길)(?:\\s?\\d+(?:번)?(?:길|가))?\\s?\\d+(?:-\\d+)?';
const KO_LOT = '[가-힣0-9]+(?:동|리|가)\\s?\\d+(?:-\\d+)?(?:번지)?';
const KO_DETAIL = '(?:,?\\s?[0-9A-Za-z가-힣-]*\\d+\\s?(?:동|층|호))*(?:\\s?\\([^)\\n]{1,30}\\))?';
const KOREAN_ADDRESS = new RegExp(`(?:${KO_REGION}\\s){1,4}(?:${KO_ROAD}|${KO_LOT})${KO_DETAIL}`, 'g');

// English street addresses: a number, capitalised words and a street type, then unit, city, state, zip.
const STREET_TYPE =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq|Crescent|Close';
const ENGLISH_ADDRESS = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?\\s(?:[A-Z][\\p{L}'-]*\\.?\\s){1,4}(?:${STREET_TYPE})\\b\\.?` +
    '(?:,?\\s(?:Apt|Apartment|Suite|Unit|Flat|#)\\.?\\s?[\\w-]+)?' +
    '(?:,\\s[A-Z][\\p{L}]+(?:\\s[A-Z][\\p{L}]+)?)?' +
    '(?:,\\s[A-Z]{2}\\s\\d{5}(?:-\\d{4})?)?',
  'gu',
);

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Replace phone numbers with `[phone]`, skipping digit runs too short or long to be one. */
function redactPhones(text: string): string {
  return PHONE_PATTERNS.reduce(
    (current, pattern) =>
      current.replace(pattern, (match) => {
        const digits = digitCount(match);
        return digits >= 9 && digits <= 15 ? '[phone]' : match;
      }),
    text,
  );
}

/**
 * Replace e-mail addresses, phone numbers (Korean and international formats) and street addresses
 * (Korean 시/구/로/길 and English) with `[email]`, `[phone]` and `[address]`. Addresses go first so a
 * building number is not mistaken for part of a phone number.
 */
export function redactPersonalData(text: string): string {
  const withoutEmails = text.replace(EMAIL, '[email]');
  const withoutAddresses = withoutEmails
    .replace(KOREAN_ADDRESS, '[address]')
    .replace(ENGLISH_ADDRESS, '[address]');
  return redactPhones(withoutAddresses);
}
