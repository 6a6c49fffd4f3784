/**
 * Phone numbers as the API stores them (E.164, `+46850829000`) and as people in Sweden write them
 * (`08-508 290 00`, `070-123 45 67`). The API does the parsing; this only shows what it stored.
 */

/** Swedish area codes of two and three digits after the 0 (the rest have four): 08, 010, 031, 070 … */
const TWO_DIGIT = new Set(['8']);
const THREE_DIGIT = new Set([
  '10', '11', '13', '16', '18', '19', '20', '21', '23', '26', '31', '33', '35', '36', '40', '42', '44', '46', '54', '60', '63', '70', '72',
  '73', '76', '79', '90',
]);

/** The subscriber number in the usual groups: 508 290 00, 123 45 67, 12 34 56, 123 45. */
function group(digits: string): string {
  switch (digits.length) {
    case 8:
      return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
    case 7:
      return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
    case 6:
      return `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
    case 5:
      return `${digits.slice(0, 3)} ${digits.slice(3)}`;
    default:
      return digits;
  }
}

/**
 * A stored number as Swedes write it: `+46850829000` → `08-508 290 00`, `+46701234567` →
 * `070-123 45 67`. A number of another country, or one that is not E.164, is shown as it is.
 */
export function formatPhone(value: string): string {
  const m = /^\+46(\d{6,10})$/.exec(value);
  if (!m) return value;
  const national = m[1];
  const codeLength = TWO_DIGIT.has(national.slice(0, 1)) ? 1 : THREE_DIGIT.has(national.slice(0, 2)) ? 2 : 3;
  const code = `0${national.slice(0, codeLength)}`;
  const rest = national.slice(codeLength);
  return rest.length < 5 ? `${code}-${rest}` : `${code}-${group(rest)}`;
}

/** The `href` of a channel: `tel:` for a phone, `mailto:` for an e-mail address, the address itself for the web. */
export function channelHref(type: string, value: string): string | null {
  switch (type) {
    case 'phone':
      return `tel:${value.replace(/[^\d+]/g, '')}`;
    case 'email':
      return `mailto:${value}`;
    case 'web':
      return /^https?:\/\//i.test(value) ? value : null;
    default:
      return null;
  }
}
