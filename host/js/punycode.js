'use strict';
// Node's deprecated `punycode` module (the punycode.js API it bundles, which
// calls itself 2.1.0): RFC 3492 Punycode plus the domain-label helpers
// toASCII/toUnicode. Inputs that are not valid Punycode fail as they do in
// node, with the same RangeError messages.

const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;

const kErrors = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalidInput: 'Invalid input',
};

function fail(kind) {
  throw new RangeError(kErrors[kind]);
}

// Code points of a string; surrogate halves that do not pair up stay as they are.
function ucs2decode(string) {
  const output = [];
  let i = 0;
  while (i < string.length) {
    const value = string.charCodeAt(i++);
    if (value >= 0xD800 && value <= 0xDBFF && i < string.length) {
      const extra = string.charCodeAt(i);
      if ((extra & 0xFC00) === 0xDC00) {
        output.push(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(value);
  }
  return output;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// A Punycode digit's value: a-z (or A-Z) 0..25, 0-9 26..35; `base` for anything else.
function basicToDigit(codePoint) {
  if (codePoint >= 0x30 && codePoint < 0x3A) return 26 + (codePoint - 0x30);
  if (codePoint >= 0x41 && codePoint < 0x5B) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint < 0x7B) return codePoint - 0x61;
  return base;
}

// 0..25 -> 'a'..'z', 26..35 -> '0'..'9'.
function digitToBasic(digit) {
  return digit < 26 ? digit + 97 : digit + 22;
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

function decode(input) {
  const output = [];
  const inputLength = input.length;
  // Basic code points come before the last delimiter.
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('notBasic');
    output.push(input.charCodeAt(j));
  }

  let i = 0;
  let n = initialN;
  let bias = initialBias;
  let index = basic > 0 ? basic + 1 : 0;
  while (index < inputLength) {
    // One generalized variable-length integer.
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= inputLength) fail('invalidInput');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) fail('invalidInput');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let output = '';
  for (const cp of codePoints) {
    if (cp < 0x80) output += String.fromCharCode(cp);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output += '-';

  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < inputLength) {
    // The smallest code point not handled yet.
    let m = maxInt;
    for (const cp of codePoints) {
      if (cp >= n && cp < m) m = cp;
    }
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) fail('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (const cp of codePoints) {
      if (cp < n && ++delta > maxInt) fail('overflow');
      if (cp === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = threshold(k, bias);
          if (q < t) break;
          output += String.fromCharCode(digitToBasic(t + ((q - t) % (base - t))));
          q = Math.floor((q - t) / (base - t));
        }
        output += String.fromCharCode(digitToBasic(q));
        bias = adapt(delta, handledPlusOne, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// Applies `fn` to each label. In an email address only the part after the
// first '@' is a domain; like node, anything after a second '@' is dropped.
function mapDomain(string, fn) {
  const parts = string.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    string = parts[1];
  }
  string = string.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.');
  return result + string.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: ucs2decode,
    encode: ucs2encode,
  },
  decode,
  encode,
  toASCII,
  toUnicode,
};
