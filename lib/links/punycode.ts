/**
 * An `xn--` label back to Unicode (RFC 3492 decoding): the browser hands a link's host over in
 * this form, and a look-alike hides in it (`xn--gsuslugi-…` is «gоsuslugi» with a Cyrillic «о»).
 * Decoding only; a label that is not valid Punycode comes back unchanged. Bounded by the label.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let value = first ? Math.floor(delta / DAMP) : delta >> 1;
  value += Math.floor(value / points);
  let k = 0;
  for (; value > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) value = Math.floor(value / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * value) / (value + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

/** One label: `xn--…` decoded, anything else as it is. */
export function decodeLabel(label: string): string {
  if (!/^xn--/i.test(label) || label.length > 63) return label;
  const input = label.slice(4);
  if (input.length === 0) return label;
  const basicEnd = input.lastIndexOf('-');
  const output = basicEnd > 0 ? [...input.slice(0, basicEnd)].map((char) => char.charCodeAt(0)) : [];
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return label;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return label;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x7fffffff) return label;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return label;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** A host with each `xn--` label decoded. */
export const decodeHost = (host: string) => host.split('.').map(decodeLabel).join('.');
