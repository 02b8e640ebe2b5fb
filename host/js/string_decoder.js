'use strict';
// Node's `string_decoder`. Like node, the decoder keeps its state in a small
// Buffer (shown by util.inspect, and behind lastChar / lastNeed / lastTotal):
//   [0..3] the bytes of an unfinished character, [4] bytes still missing,
//   [5] bytes buffered, [6] the encoding's number.
// UTF-8, UTF-16LE and base64 hold back an unfinished character (or base64
// group) until the next write; the other encodings decode every chunk whole.

const { Buffer } = require('buffer');
const enc = require('internal/encoding');
const { codes } = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;
const kEncodingValues = { ascii: ASCII, utf8: UTF8, base64: BASE64, utf16le: UCS2, latin1: LATIN1, hex: HEX, base64url: BASE64URL };

const originalIsEncoding = Buffer.isEncoding;

// A user may teach Buffer.isEncoding more names; those pass through as given.
function normalizeEncoding(encoding) {
  const normalized = enc.normalizeEncoding(encoding);
  if (normalized === undefined) {
    if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(encoding)) {
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    return encoding;
  }
  return normalized;
}

function makeString(bytes, start, end, encoding) {
  switch (encoding) {
    case UTF8: return enc.utf8Decode(bytes, start, end);
    case UCS2: return enc.ucs2Decode(bytes, start, end);
    case BASE64: return enc.base64Encode(bytes, start, end, false);
    case BASE64URL: return enc.base64Encode(bytes, start, end, true);
    case HEX: return enc.hexEncode(bytes, start, end);
    case ASCII: return enc.asciiDecode(bytes, start, end);
    default: return enc.latin1Decode(bytes, start, end);
  }
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = kEncodingValues[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (!this[kNativeDecoder]) throw new codes.ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], enc.bytesOfView(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

// Legacy: decodes buf from `offset`, forgetting any unfinished character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, kMissingBytes);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

function decode(state, bytes) {
  const encoding = state[kEncodingField];
  if (encoding !== UTF8 && encoding !== UCS2 && encoding !== BASE64 && encoding !== BASE64URL) {
    return makeString(bytes, 0, bytes.length, encoding);
  }
  let start = 0;
  let end = bytes.length;
  let prepend;

  // First finish the character left over from the previous chunk.
  if (state[kMissingBytes] > 0) {
    if (encoding === UTF8) {
      // A byte that cannot continue the character ends it, unfinished; the
      // byte then starts the body.
      for (let i = 0; start + i < end && i < state[kMissingBytes]; i++) {
        if ((bytes[start + i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(bytes.subarray(start, start + i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start += i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(bytes.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prepend ?? '';

  // Then hold back whatever unfinished character ends this chunk.
  const n = end - start;
  if (encoding === UTF8) {
    if (bytes[end - 1] & 0x80) holdUtf8Tail(state, bytes, start, end);
  } else if (encoding === UCS2) {
    if (n % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((bytes[end - 1] & 0xFC) === 0xD8) {
      // The high half of a surrogate pair.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    state[kBufferedBytes] = n % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }
  const held = state[kBufferedBytes];
  if (held > 0) {
    end -= held;
    state.set(bytes.subarray(end, end + held), 0);
  }
  const body = end > start ? makeString(bytes, start, end, encoding) : '';
  return prepend === undefined ? body : prepend + body;
}

// Walks back from the end to the lead byte of the last character and, if
// that character is cut short, records how many bytes it has and lacks.
function holdUtf8Tail(state, bytes, start, end) {
  for (let i = end - 1; ; i--) {
    state[kBufferedBytes]++;
    const b = bytes[i];
    if ((b & 0xC0) === 0x80) {
      // Too many continuation bytes, or nothing but them: no character to finish.
      if (state[kBufferedBytes] >= 4 || i === start) {
        state[kBufferedBytes] = 0;
        return;
      }
      continue;
    }
    let total;
    if ((b & 0xE0) === 0xC0) total = 2;
    else if ((b & 0xF0) === 0xE0) total = 3;
    else if ((b & 0xF8) === 0xF0) total = 4;
    else {
      state[kBufferedBytes] = 0;
      return;
    }
    if (state[kBufferedBytes] >= total) {
      // Complete (or overlong and invalid anyway): nothing to hold.
      state[kBufferedBytes] = 0;
      state[kMissingBytes] = 0;
    } else {
      state[kMissingBytes] = total - state[kBufferedBytes];
    }
    return;
  }
}

function flush(state) {
  const encoding = state[kEncodingField];
  if (encoding === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A dangling byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, 0, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

module.exports = { StringDecoder };
