'use strict';
// WHATWG TextEncoder and TextDecoder, and the byte <-> string codecs that
// `buffer` and `string_decoder` share (UTF-8, UTF-16LE, latin1, ASCII, hex,
// base64). Every codec has a pure-JS implementation; for large inputs the
// host's optional ops (bindings.utf8Encode & co.) are used when present,
// since interpreters like QuickJS are slow at per-byte loops. Ops receive a
// copy of the bytes, so small inputs stay in JS, where the call costs less.
//
// Decoding rules are node's: invalid UTF-8 becomes U+FFFD per maximal subpart
// (WHATWG), lone surrogates are encoded as EF BF BD, hex stops at the first
// invalid pair, base64 skips characters outside both alphabets and stops at
// the first '='. Characters above U+00FF count as their low byte in the
// one-byte codecs (latin1, ascii, hex, base64), as in node.

const kOpThreshold = 64;
// Arguments per String.fromCharCode.apply call: well under every engine's limit.
const kChunk = 4096;

const fromCharCode = String.fromCharCode;

let codes_;
function codes() {
  codes_ ??= require('internal/errors').codes;
  return codes_;
}

// Errors that node throws from C++: plain errors with a `code`, without the
// `[CODE]` in their name line that node's JS errors have.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

let littleEndian_;
function isLittleEndian() {
  littleEndian_ ??= new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  return littleEndian_;
}

function op(name) {
  const fn = bindings[name];
  return typeof fn === 'function' ? fn : undefined;
}

// ---- strings from code units ----------------------------------------------------

// A string of the code units in `units` (any array-like of numbers) [start, end).
function unitsToString(units, start, end) {
  if (end - start <= kChunk) {
    return fromCharCode.apply(null, start === 0 && end === units.length ? units : units.subarray(start, end));
  }
  const parts = [];
  for (let i = start; i < end; i += kChunk) {
    parts.push(fromCharCode.apply(null, units.subarray(i, Math.min(i + kChunk, end))));
  }
  return parts.join('');
}

// Collects decoded UTF-16 code units, flushing full chunks into strings.
class UnitSink {
  constructor(capacity) {
    this.buf = new Uint16Array(Math.min(Math.max(capacity, 16), kChunk));
    this.n = 0;
    this.parts = null;
  }

  push(unit) {
    if (this.n === this.buf.length) this.flush();
    this.buf[this.n++] = unit;
  }

  pushCodePoint(cp) {
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      this.push(0xD800 | (cp >> 10));
      this.push(0xDC00 | (cp & 0x3FF));
    } else {
      this.push(cp);
    }
  }

  flush() {
    (this.parts ??= []).push(fromCharCode.apply(null, this.buf.subarray(0, this.n)));
    this.n = 0;
  }

  finish() {
    if (this.parts === null) return this.n === 0 ? '' : fromCharCode.apply(null, this.buf.subarray(0, this.n));
    if (this.n > 0) this.flush();
    return this.parts.join('');
  }
}

// ---- latin1 / ascii -------------------------------------------------------------

function latin1Decode(bytes, start, end) {
  if (end - start < 16) {
    let s = '';
    for (let i = start; i < end; i++) s += fromCharCode(bytes[i]);
    return s;
  }
  return unitsToString(bytes, start, end);
}

// ASCII decoding clears the high bit of every byte.
function asciiDecode(bytes, start, end) {
  let i = start;
  while (i < end && bytes[i] < 0x80) i++;
  if (i === end) return latin1Decode(bytes, start, end);
  const units = new Uint8Array(end - start);
  for (let j = start; j < end; j++) units[j - start] = bytes[j] & 0x7F;
  return unitsToString(units, 0, units.length);
}

// Writes the low byte of each code unit; returns the count written.
function latin1Write(str, dst, offset, max) {
  const n = Math.min(str.length, max);
  for (let i = 0; i < n; i++) dst[offset + i] = str.charCodeAt(i);
  return n;
}

// ---- UTF-16LE -------------------------------------------------------------------

// Code units of bytes [start, end) read little-endian; an odd last byte is dropped.
function ucs2Decode(bytes, start, end) {
  const count = (end - start) >>> 1;
  if (count === 0) return '';
  const at = bytes.byteOffset + start;
  if ((at & 1) === 0 && isLittleEndian()) {
    return unitsToString(new Uint16Array(bytes.buffer, at, count), 0, count);
  }
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) units[i] = bytes[start + 2 * i] | (bytes[start + 2 * i + 1] << 8);
  return unitsToString(units, 0, count);
}

// Writes whole code units only; returns the byte count.
function ucs2Write(str, dst, offset, max) {
  const n = Math.min(str.length, max >>> 1);
  const at = dst.byteOffset + offset;
  if (n > 16 && (at & 1) === 0 && isLittleEndian()) {
    const units = new Uint16Array(dst.buffer, at, n);
    for (let i = 0; i < n; i++) units[i] = str.charCodeAt(i);
    return 2 * n;
  }
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    dst[offset + 2 * i] = c;
    dst[offset + 2 * i + 1] = c >>> 8;
  }
  return 2 * n;
}

// ---- UTF-8 ----------------------------------------------------------------------

const kAscii = /^[\x00-\x7f]*$/;

// UTF-8 byte length of a string; a lone surrogate takes 3 bytes (as U+FFFD).
function utf8Length(str) {
  const n = str.length;
  if (n > 32 && kAscii.test(str)) return n;
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      len += 1;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && (str.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      len += 2;
      i++;
    } else {
      len += 2;
    }
  }
  return len;
}

// UTF-16 units consumed by the last utf8Write (TextEncoder.encodeInto reports it).
let utf8Read = 0;

// Encodes as much of `str` as fits in `max` bytes at `dst[offset]`, whole
// characters only; returns the byte count.
function utf8Write(str, dst, offset, max) {
  const n = str.length;
  const encode = n >= kOpThreshold ? op('utf8Encode') : undefined;
  if (encode !== undefined) return utf8WriteWithOp(encode, str, dst, offset, max);
  let i = 0;
  let p = offset;
  const end = offset + max;
  while (i < n) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      dst[p++] = c;
      i++;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      dst[p++] = 0xC0 | (c >> 6);
      dst[p++] = 0x80 | (c & 0x3F);
      i++;
      continue;
    }
    if ((c & 0xF800) === 0xD800) {
      const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && (d & 0xFC00) === 0xDC00) {
        if (p + 4 > end) break;
        const cp = ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
        dst[p++] = 0xF0 | (cp >> 18);
        dst[p++] = 0x80 | ((cp >> 12) & 0x3F);
        dst[p++] = 0x80 | ((cp >> 6) & 0x3F);
        dst[p++] = 0x80 | (cp & 0x3F);
        i += 2;
        continue;
      }
      c = 0xFFFD;
    }
    if (p + 3 > end) break;
    dst[p++] = 0xE0 | (c >> 12);
    dst[p++] = 0x80 | ((c >> 6) & 0x3F);
    dst[p++] = 0x80 | (c & 0x3F);
    i++;
  }
  utf8Read = i;
  return p - offset;
}

function utf8WriteWithOp(encode, str, dst, offset, max) {
  // Every unit takes at least one byte, so the first max + 1 units cover
  // whatever can fit (the extra one keeps a surrogate pair at the edge whole).
  const part = str.length > max + 1 ? str.slice(0, max + 1) : str;
  const bytes = encode(part);
  if (bytes.length <= max) {
    dst.set(bytes, offset);
    utf8Read = part.length;
    return bytes.length;
  }
  let cut = max;
  while (cut > 0 && (bytes[cut] & 0xC0) === 0x80) cut--;
  dst.set(bytes.subarray(0, cut), offset);
  let read = 0;
  for (let i = 0; i < cut; i++) {
    const b = bytes[i];
    if ((b & 0xC0) !== 0x80) read += b >= 0xF0 ? 2 : 1;
  }
  utf8Read = read;
  return cut;
}

function utf8Encode(str) {
  if (str.length >= kOpThreshold) {
    const encode = op('utf8Encode');
    if (encode !== undefined) return encode(str);
  }
  const out = new Uint8Array(utf8Length(str));
  utf8Write(str, out, 0, out.length);
  return out;
}

// The length of the valid-but-unfinished UTF-8 sequence that ends `bytes`
// [start, end), or 0: what a streaming decoder keeps for the next chunk.
function utf8IncompleteTail(bytes, start, end) {
  for (let k = 1; k <= 3 && end - k >= start; k++) {
    const b = bytes[end - k];
    if ((b & 0xC0) === 0x80) continue;
    let need;
    if (b >= 0xC2 && b <= 0xDF) need = 2;
    else if (b >= 0xE0 && b <= 0xEF) need = 3;
    else if (b >= 0xF0 && b <= 0xF4) need = 4;
    else return 0;
    if (need <= k) return 0;
    if (k >= 2) {
      const second = bytes[end - k + 1];
      if ((b === 0xE0 && second < 0xA0) || (b === 0xED && second > 0x9F) ||
          (b === 0xF0 && second < 0x90) || (b === 0xF4 && second > 0x8F)) return 0;
    }
    return k;
  }
  return 0;
}

// Decodes bytes [start, end). Invalid sequences become U+FFFD per maximal
// subpart; with `fatal`, returns null instead.
function utf8Decode(bytes, start, end, fatal = false) {
  if (!fatal && end - start >= kOpThreshold) {
    const decode = op('utf8Decode');
    if (decode !== undefined) return decode(bytes.subarray(start, end));
  }
  let i = start;
  while (i < end && bytes[i] < 0x80) i++;
  if (i === end) return latin1Decode(bytes, start, end);
  const sink = new UnitSink(end - start);
  for (let j = start; j < i; j++) sink.push(bytes[j]);
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      sink.push(b);
      i++;
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b === 0xE0) lower = 0xA0;
      else if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xF0) lower = 0x90;
      else if (b === 0xF4) upper = 0x8F;
    } else {
      if (fatal) return null;
      sink.push(0xFFFD);
      i++;
      continue;
    }
    let j = i + 1;
    for (; need > 0; need--, j++) {
      if (j >= end) break;
      const c = bytes[j];
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (need > 0) {
      // The bytes so far are one maximal subpart; the offending byte starts over.
      if (fatal) return null;
      sink.push(0xFFFD);
    } else {
      sink.pushCodePoint(cp);
    }
    i = j;
  }
  return sink.finish();
}

// Strict validation: no overlongs, surrogates or truncated sequences.
function isUtf8(bytes, start, end) {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b === 0xE0) lower = 0xA0;
      else if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b === 0xF0) lower = 0x90;
      else if (b === 0xF4) upper = 0x8F;
    } else {
      return false;
    }
    if (i + need >= end) return false;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c < lower || c > upper) return false;
      lower = 0x80;
      upper = 0xBF;
    }
    i += need + 1;
  }
  return true;
}

function isAscii(bytes, start, end) {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

// ---- hex ------------------------------------------------------------------------

let hexPairs;
function hexEncode(bytes, start, end) {
  if (end - start >= kOpThreshold) {
    const encode = op('hexEncode');
    if (encode !== undefined) return encode(bytes.subarray(start, end));
  }
  if (hexPairs === undefined) {
    hexPairs = new Array(256);
    for (let i = 0; i < 256; i++) hexPairs[i] = (i < 16 ? '0' : '') + i.toString(16);
  }
  let out = '';
  let parts = null;
  for (let i = start; i < end; i++) {
    out += hexPairs[bytes[i]];
    if (out.length >= 8192) {
      (parts ??= []).push(out);
      out = '';
    }
  }
  if (parts === null) return out;
  parts.push(out);
  return parts.join('');
}

// Digit values by low byte of the character; -1 for non-digits.
let hexValues;
function hexTable() {
  if (hexValues === undefined) {
    hexValues = new Int8Array(256).fill(-1);
    for (let i = 0; i < 10; i++) hexValues[0x30 + i] = i;
    for (let i = 0; i < 6; i++) {
      hexValues[0x41 + i] = 10 + i;
      hexValues[0x61 + i] = 10 + i;
    }
  }
  return hexValues;
}

// Decodes pairs of hex digits until an invalid pair; returns the byte count.
function hexWrite(str, dst, offset, max) {
  const table = hexTable();
  const n = Math.min(max, str.length >>> 1);
  let i = 0;
  for (; i < n; i++) {
    const hi = table[str.charCodeAt(2 * i) & 0xFF];
    const lo = table[str.charCodeAt(2 * i + 1) & 0xFF];
    if (hi < 0 || lo < 0) break;
    dst[offset + i] = (hi << 4) | lo;
  }
  return i;
}

// ---- base64 ---------------------------------------------------------------------

const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kBase64Url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64Encode(bytes, start, end, url = false) {
  if (end - start >= kOpThreshold) {
    const encode = op('base64Encode');
    if (encode !== undefined) return encode(bytes.subarray(start, end), url);
  }
  const alphabet = url ? kBase64Url : kBase64;
  let out = '';
  let parts = null;
  let i = start;
  for (; i + 3 <= end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
    if (out.length >= 8192) {
      (parts ??= []).push(out);
      out = '';
    }
  }
  const rest = end - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (url ? '' : '=');
  }
  if (parts === null) return out;
  parts.push(out);
  return parts.join('');
}

// Sextet values of both alphabets; -1 for characters to skip, -2 for '='.
let base64Values;
function base64Table() {
  if (base64Values === undefined) {
    base64Values = new Int8Array(256).fill(-1);
    for (let i = 0; i < 64; i++) {
      base64Values[kBase64.charCodeAt(i)] = i;
      base64Values[kBase64Url.charCodeAt(i)] = i;
    }
    base64Values[0x3D] = -2;
  }
  return base64Values;
}

// The decoded size if every character (but up to two trailing '=') is valid:
// Buffer.byteLength's answer and the size node allocates for decoding.
function base64ByteLength(str) {
  let n = str.length;
  if (str.charCodeAt(n - 1) === 0x3D) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3D) n--;
  return (n * 3) >>> 2;
}

// Characters the host op reads differently: it sees UTF-8, node the low byte.
const kAboveLatin1 = /[\u0100-\uffff]/;

// Decodes into dst[offset, offset + max); returns the byte count.
function base64Write(str, dst, offset, max) {
  if (str.length >= kOpThreshold) {
    const decode = op('base64Decode');
    if (decode !== undefined && !kAboveLatin1.test(str)) {
      let bytes = decode(str);
      if (bytes.length > max) bytes = bytes.subarray(0, max);
      dst.set(bytes, offset);
      return bytes.length;
    }
  }
  const table = base64Table();
  let acc = 0;
  let bits = 0;
  let p = offset;
  const end = offset + max;
  for (let i = 0, n = str.length; i < n && p < end; i++) {
    const v = table[str.charCodeAt(i) & 0xFF];
    if (v < 0) {
      if (v === -2) break;
      continue;
    }
    acc = ((acc << 6) | v) & 0xFFFFFF;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      dst[p++] = acc >> bits;
    }
  }
  return p - offset;
}

// The decoded bytes of a whole string.
function base64Decode(str) {
  if (str.length >= kOpThreshold) {
    const decode = op('base64Decode');
    if (decode !== undefined && !kAboveLatin1.test(str)) return decode(str);
  }
  const out = new Uint8Array(base64ByteLength(str));
  const n = base64Write(str, out, 0, out.length);
  return n === out.length ? out : out.subarray(0, n);
}

// Buffer.isEncoding's and fill's notion of an encoding name: case-insensitive,
// undefined/null meaning utf8; undefined when unknown.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  const len = encoding.length;
  if (len === 0) return encoding === '' ? 'utf8' : undefined;
  if (!(len >= 3 && len <= 9)) return undefined;
  const lower = `${encoding}`.toLowerCase();
  if (lower.length !== len) return undefined;
  return kEncodingNames[lower];
}

const kEncodingNames = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

// Buffer.isEncoding (string_decoder compares against the original).
function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
}

// ---- TextEncoder / TextDecoder --------------------------------------------------

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let typedArrayTag;
function isUint8Array(value) {
  typedArrayTag ??= Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isAnyArrayBuffer(value) {
  return require('internal/util/types').isAnyArrayBuffer(value);
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

let isTextEncoder;
let isTextDecoder;

class TextEncoder {
  #brand;

  get encoding() {
    checkEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    checkEncoder(this);
    return utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    checkEncoder(this);
    if (typeof src !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('src', 'string', src);
    if (!isUint8Array(dest)) throw new (codes().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    const written = utf8Write(src, dest, 0, dest.length);
    return { read: utf8Read, written };
  }

  [kInspect](depth, options) {
    checkEncoder(this);
    if (typeof depth === 'number' && depth < 0) return pastDepth(this, 'TextEncoder', options);
    return lazyInspect()({ encoding: 'utf-8' }, options);
  }

  static {
    isTextEncoder = (value) => value !== null && typeof value === 'object' && #brand in value;
  }
}

function checkEncoder(value) {
  if (!isTextEncoder(value)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
}

// The legacy single-byte encodings node's ICU decodes, with their labels (tables
// in internal/encoding_single_byte).
const kSingleByteLabels = [
  ['ibm866', '866 cp866 csibm866 ibm866'],
  ['iso-8859-2', 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2'],
  ['iso-8859-3', 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3'],
  ['iso-8859-4', 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4'],
  ['iso-8859-5', 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988'],
  ['iso-8859-6', 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987'],
  ['iso-8859-7', 'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek'],
  ['iso-8859-8', 'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual'],
  ['iso-8859-8-i', 'csiso88598i iso-8859-8-i logical'],
  ['iso-8859-10', 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6'],
  ['iso-8859-13', 'iso-8859-13 iso8859-13 iso885913'],
  ['iso-8859-14', 'iso-8859-14 iso8859-14 iso885914'],
  ['iso-8859-15', 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9'],
  ['koi8-r', 'cskoi8r koi koi8 koi8-r koi8_r'],
  ['koi8-u', 'koi8-ru koi8-u'],
  ['macintosh', 'csmacintosh mac macintosh x-mac-roman'],
  ['windows-874', 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874'],
  ['windows-1250', 'cp1250 windows-1250 x-cp1250'],
  ['windows-1251', 'cp1251 windows-1251 x-cp1251'],
  ['windows-1253', 'cp1253 windows-1253 x-cp1253'],
  ['windows-1254', 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254'],
  ['windows-1255', 'cp1255 windows-1255 x-cp1255'],
  ['windows-1256', 'cp1256 windows-1256 x-cp1256'],
  ['windows-1257', 'cp1257 windows-1257 x-cp1257'],
  ['windows-1258', 'cp1258 windows-1258 x-cp1258'],
  ['x-mac-cyrillic', 'x-mac-cyrillic x-mac-ukrainian'],
];

// WHATWG labels of the encodings supported (node with ICU knows more: the legacy
// multi-byte ones, gbk, big5, shift_jis..., which are not implemented here).
let labels;
function encodingFromLabel(label) {
  if (labels === undefined) {
    labels = new Map();
    const add = (name, list) => {
      for (const l of list.split(' ')) labels.set(l, name);
    };
    add('utf-8', 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8');
    add('utf-16le', 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le');
    add('utf-16be', 'unicodefffe utf-16be');
    add('windows-1252', 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 ' +
      'iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252');
    for (const [name, list] of kSingleByteLabels) add(name, list);
  }
  // ASCII whitespace around a label is ignored.
  return labels.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

// windows-1252's differences from latin1, for bytes 0x80-0x9F.
const kWindows1252 = [
  0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D,
  0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A,
  0x153, 0x9D, 0x17E, 0x178,
];

function windows1252Decode(bytes, start, end) {
  let i = start;
  while (i < end && (bytes[i] < 0x80 || bytes[i] > 0x9F)) i++;
  if (i === end) return latin1Decode(bytes, start, end);
  const units = new Uint16Array(end - start);
  for (let j = start; j < end; j++) {
    const b = bytes[j];
    units[j - start] = b >= 0x80 && b <= 0x9F ? kWindows1252[b - 0x80] : b;
  }
  return unitsToString(units, 0, units.length);
}

const kFlagFatal = 2;
const kFlagIgnoreBOM = 4;
const kFlagsSymbol = Symbol('flags');
const kHandleSymbol = Symbol('handle');

// A Uint8Array over the bytes of any view. A view of a detached buffer has
// none (and refuses new views; a DataView even its byteLength).
function bytesOfView(view) {
  try {
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  } catch {
    return new Uint8Array(0);
  }
}

// The bytes of an ArrayBuffer, SharedArrayBuffer or view; undefined for anything else.
function bytesOf(input) {
  if (ArrayBuffer.isView(input)) {
    return isUint8Array(input) ? input : bytesOfView(input);
  }
  if (input !== null && typeof input === 'object' && isAnyArrayBuffer(input)) return new Uint8Array(input);
  return undefined;
}

function concatBytes(a, b) {
  if (a === null || a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// An object, array, function or null.
function validateOptions(options) {
  const validators = require('internal/validators');
  validators.validateObject(options, 'options', validators.kValidateObjectAllowObjectsAndNull);
}

// Node throws this one from C++ (no errno, no [code] in its name line).
function invalidData(encoding) {
  return nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
}

class TextDecoder {
  #encoding;
  #flags;
  // Node decodes in one step (no stream state) until the first call with
  // `stream: true`; for windows-1252 that step is plain latin1, while the
  // streaming decoder maps 0x80-0x9F as windows-1252 does. Both are kept.
  #oneShot;
  #pending = null;
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options === undefined) options = {};
    validateOptions(options);
    const name = encodingFromLabel(encoding);
    if (name === undefined) throw new (codes().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    let flags = 0;
    if (options !== null) {
      if (options.fatal) flags |= kFlagFatal;
      if (options.ignoreBOM) flags |= kFlagIgnoreBOM;
    }
    this.#encoding = name;
    this.#flags = flags;
    this.#oneShot = name === 'utf-8' || name === 'windows-1252';
  }

  decode(input = undefined, options = {}) {
    checkDecoder(this);
    if (this.#oneShot && options?.stream) this.#oneShot = false;
    const fatal = (this.#flags & kFlagFatal) !== 0;
    if (this.#oneShot) {
      const bytes = input === undefined ? new Uint8Array(0) : bytesOf(input);
      if (this.#encoding === 'utf-8') {
        if (bytes === undefined) {
          throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
            'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
        }
        let start = 0;
        if ((this.#flags & kFlagIgnoreBOM) === 0 && bytes.length >= 3 &&
            bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) start = 3;
        const text = utf8Decode(bytes, start, bytes.length, fatal);
        if (text === null) throw invalidData('utf-8');
        return text;
      }
      if (bytes === undefined) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.');
      }
      // Node's one-step latin1 decoder drops a leading 0xFF when told to
      // *ignore* the BOM (its check is inverted); reproduced as it is.
      const start = (this.#flags & kFlagIgnoreBOM) !== 0 && bytes.length > 0 && bytes[0] === 0xFF ? 1 : 0;
      return latin1Decode(bytes, start, bytes.length);
    }
    validateOptions(options);
    const bytes = input === undefined ? new Uint8Array(0) : bytesOf(input);
    if (bytes === undefined) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    // Without an options object node does not flush: null means streaming.
    const stream = options === null || Boolean(options.stream);
    let text;
    try {
      text = this.#decodeChunk(concatBytes(this.#pending, bytes), stream, fatal);
    } catch (err) {
      this.#pending = null;
      this.#bomSeen = false;
      throw err;
    }
    if ((this.#flags & kFlagIgnoreBOM) === 0 && !this.#bomSeen && text.length > 0) {
      this.#bomSeen = true;
      if (text.charCodeAt(0) === 0xFEFF && this.#encoding !== 'windows-1252') text = text.slice(1);
    }
    if (!stream) {
      this.#pending = null;
      this.#bomSeen = false;
    }
    return text;
  }

  get encoding() {
    checkDecoder(this);
    return this.#encoding;
  }

  get fatal() {
    checkDecoder(this);
    return (this.#flags & kFlagFatal) !== 0;
  }

  get ignoreBOM() {
    checkDecoder(this);
    return (this.#flags & kFlagIgnoreBOM) !== 0;
  }

  // Decodes what is complete in `bytes`, keeping an unfinished character in
  // #pending when streaming.
  #decodeChunk(bytes, stream, fatal) {
    const n = bytes.length;
    switch (this.#encoding) {
      case 'utf-8': {
        const keep = stream ? utf8IncompleteTail(bytes, 0, n) : 0;
        this.#pending = keep > 0 ? bytes.slice(n - keep) : null;
        const text = utf8Decode(bytes, 0, n - keep, fatal);
        if (text === null) throw invalidData('utf-8');
        return text;
      }
      case 'windows-1252':
        this.#pending = null;
        return windows1252Decode(bytes, 0, n);
      case 'utf-16le':
      case 'utf-16be': {
        const bigEndian = this.#encoding === 'utf-16be';
        let end = n & ~1;
        if (stream && end >= 2) {
          // A high surrogate at the end waits for its partner.
          const last = bigEndian ? (bytes[end - 2] << 8) | bytes[end - 1] : bytes[end - 2] | (bytes[end - 1] << 8);
          if ((last & 0xFC00) === 0xD800) end -= 2;
        }
        this.#pending = stream && end < n ? bytes.slice(end) : null;
        const text = utf16Decode(bytes, end, bigEndian, !stream && end < n, fatal);
        if (text === null) throw invalidData(this.#encoding);
        return text;
      }
      default: {
        this.#pending = null;
        const text = require('internal/encoding_single_byte').decodeSingleByte(this.#encoding, bytes, 0, n, fatal);
        if (text === null) throw invalidData(this.#encoding);
        return text;
      }
    }
  }

  [kInspect](depth, options) {
    checkDecoder(this);
    if (typeof depth === 'number' && depth < 0) return pastDepth(this, 'TextDecoder', options);
    const ctor = getConstructorOf(this) || TextDecoder;
    const obj = { encoding: this.#encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    if (options?.showHidden) {
      obj[kFlagsSymbol] = this.#flags;
      // Node's ICU converter, made once a decoder leaves the one-step path.
      obj[kHandleSymbol] = this.#oneShot ? undefined : new Converter();
    }
    return `${ctor.name} ${lazyInspect()(obj)}`;
  }

  static {
    isTextDecoder = (value) => value !== null && typeof value === 'object' && #encoding in value;
  }
}

function checkDecoder(value) {
  if (!isTextDecoder(value)) throw new (codes().ERR_INVALID_THIS)('TextDecoder');
}

// Node's accessors and methods are enumerable, unlike a class's.
for (const [cls, names, tag] of [[TextEncoder, ['encoding', 'encode', 'encodeInto'], 'TextEncoder'],
  [TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM'], 'TextDecoder']]) {
  for (const name of names) Object.defineProperty(cls.prototype, name, { enumerable: true });
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}

// How node shows these objects past the depth limit (their symbol-keyed
// state makes them non-empty, so they print as [Name]).
function pastDepth(obj, tag, options) {
  const name = getConstructorOf(obj)?.name ?? tag;
  const text = name === tag ? `[${tag}]` : `[${name} [${tag}]]`;
  return typeof options?.stylize === 'function' ? options.stylize(text, 'special') : text;
}

// Stands in for node's converter handle in showHidden output.
class Converter {}

// The nearest constructor on the prototype chain that has a name.
function getConstructorOf(obj) {
  while (obj !== null && obj !== undefined) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') return desc.value;
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// Whether the last of `count` units is a high surrogate (necessarily lone).
function endsWithLoneHigh(bytes, count, bigEndian) {
  const i = count - 1;
  const unit = bigEndian ? (bytes[2 * i] << 8) | bytes[2 * i + 1] : bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return (unit & 0xFC00) === 0xD800;
}

// UTF-16 of bytes [0, end), lone surrogates as U+FFFD (null if `fatal`);
// `danglingByte` adds the U+FFFD of an odd final byte.
function utf16Decode(bytes, end, bigEndian, danglingByte, fatal) {
  const count = end >>> 1;
  const sink = new UnitSink(count + 1);
  for (let i = 0; i < count; i++) {
    const u = bigEndian ? (bytes[2 * i] << 8) | bytes[2 * i + 1] : bytes[2 * i] | (bytes[2 * i + 1] << 8);
    if ((u & 0xF800) !== 0xD800) {
      sink.push(u);
      continue;
    }
    if (u <= 0xDBFF && i + 1 < count) {
      const v = bigEndian ? (bytes[2 * i + 2] << 8) | bytes[2 * i + 3] : bytes[2 * i + 2] | (bytes[2 * i + 3] << 8);
      if ((v & 0xFC00) === 0xDC00) {
        sink.push(u);
        sink.push(v);
        i++;
        continue;
      }
    }
    if (fatal) return null;
    sink.push(0xFFFD);
  }
  // An odd final byte is one more error, unless a high surrogate right
  // before it already stands for the unfinished character.
  if (danglingByte && !(count > 0 && endsWithLoneHigh(bytes, count, bigEndian))) {
    if (fatal) return null;
    sink.push(0xFFFD);
  }
  return sink.finish();
}

module.exports = {
  TextEncoder,
  TextDecoder,
  encodingFromLabel,
  // Codecs shared with buffer and string_decoder.
  asciiDecode,
  base64ByteLength,
  base64Decode,
  base64Encode,
  base64Write,
  hexEncode,
  hexWrite,
  isAscii,
  isEncoding,
  isLittleEndian,
  kEncodingNames,
  normalizeEncoding,
  isUtf8,
  latin1Decode,
  latin1Write,
  bytesOfView,
  nativeError,
  ucs2Decode,
  ucs2Write,
  unitsToString,
  utf8Decode,
  utf8Encode,
  utf8IncompleteTail,
  utf8Length,
  utf8Write,
  windows1252Decode,
};
