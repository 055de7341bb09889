// Numbers as people type them in Indonesian spreadsheets, rounding and display.
// Real numbers in cells are used as they are; text is read the Indonesian way (DOMAIN §2):
// a comma is the decimal separator and dots before it group thousands ('1.250,5').

export type ParsedNumber =
  | {kind: 'blank'}
  | {kind: 'number'; value: number}
  | {kind: 'invalid'; text: string};

// Spaces people (and copy-paste from PDFs) put inside numbers: normal, no-break, thin, narrow no-break.
const INNER_SPACES = /[\s\u00a0\u2009\u202f]+/g;

// Integer part grouped by thousands: '1.250.000' (first group 1-3 digits, no leading zero).
const GROUPED_DOTS = /^[1-9]\d{0,2}(\.\d{3})+$/;
const GROUPED_COMMAS = /^[1-9]\d{0,2}(,\d{3})+$/;

/**
 * Reads a cell value as a number and says whether it was blank, a number or not a number.
 * Accepted text: '87,5', '87,5%', '1.250,5', '1.250' (= 1250: a dot followed by exactly three
 * digits groups thousands), '1.250.000', '87.5' and '0.125' (a single dot followed by other than
 * three digits, or after a leading 0, is a decimal point), ' 90 ', '-2,5', and the unambiguous
 * English '1,250.5'. A trailing '%' is dropped: '87,5%' is 87.5, the unit of capaian.
 */
export function parseNumberStrict(value: unknown): ParsedNumber {
  if (value === null || value === undefined) return {kind: 'blank'};
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? {kind: 'number', value}
      : {kind: 'invalid', text: String(value)};
  }
  if (typeof value !== 'string') {
    return {kind: 'invalid', text: String(value)};
  }
  const text = value.replace(INNER_SPACES, '');
  if (text === '') return {kind: 'blank'};
  const parsed = parseNumberText(text);
  return parsed === null
    ? {kind: 'invalid', text: value.trim()}
    : {kind: 'number', value: parsed};
}

function parseNumberText(raw: string): number | null {
  let text = raw.replace(/%$/, '');
  let sign = 1;
  // U+2212 is the typographic minus that word processors insert.
  if (/^[-\u2212+]/.test(text)) {
    if (text[0] !== '+') sign = -1;
    text = text.slice(1);
  }
  if (text === '') return null;
  let canonical: string | null = null;
  if (/^\d+$/.test(text)) {
    canonical = text;
  } else if (/^\d*,\d+$/.test(text)) {
    canonical = text.replace(',', '.');
  } else if (/^[^,]*\.[^,]*,\d+$/.test(text)) {
    const [whole, fraction] = text.split(',');
    if (GROUPED_DOTS.test(whole))
      canonical = whole.replace(/\./g, '') + '.' + fraction;
  } else if (/^[^.]*,[^.]*\.\d+$/.test(text)) {
    const [whole, fraction] = text.split('.');
    if (GROUPED_COMMAS.test(whole))
      canonical = whole.replace(/,/g, '') + '.' + fraction;
  } else if (GROUPED_DOTS.test(text)) {
    canonical = text.replace(/\./g, '');
  } else if (/^\d*\.\d+$/.test(text)) {
    canonical = text;
  } else if (/^\d+(\.\d+)?e[-+]?\d+$/i.test(text)) {
    canonical = text;
  }
  if (canonical === null) return null;
  const result = sign * Number(canonical);
  return Number.isFinite(result) ? result : null;
}

/** A number, or null when the value is blank or not a number (use parseNumberStrict to tell which). */
export function parseNumber(value: unknown): number | null {
  const parsed = parseNumberStrict(value);
  return parsed.kind === 'number' ? parsed.value : null;
}

/**
 * Rounds half away from zero to `decimals` places. The scaled value is first cleaned to 15
 * significant digits, so 1.005 (stored as 1.00499999999999989...) rounds to 1.01 as a person expects.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = Math.pow(10, decimals);
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Indonesian display: '87,50', '1.250,50', '-3,00'. */
export function formatNumberId(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundTo(value, decimals);
  const fixed = Math.abs(rounded).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = rounded < 0 ? '-' : '';
  return sign + grouped + (fraction ? ',' + fraction : '');
}
