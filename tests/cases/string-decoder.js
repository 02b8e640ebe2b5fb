'use strict';
// string_decoder: characters split across writes in every encoding, end() with
// incomplete input, invalid sequences, and the decoder's internal fields.
const { StringDecoder } = require('string_decoder');

const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

// Feed `bytes` in every possible two-way split and a byte at a time.
function splits(encoding, bytes) {
  const whole = new StringDecoder(encoding);
  const expected = whole.write(bytes) + whole.end();
  const results = new Set();
  for (let i = 0; i <= bytes.length; i++) {
    const d = new StringDecoder(encoding);
    results.add(d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i)) + d.end());
  }
  const d = new StringDecoder(encoding);
  let out = '';
  const pieces = [];
  for (const b of bytes) {
    const s = d.write(Buffer.from([b]));
    pieces.push(s);
    out += s;
  }
  const tail = d.end();
  console.log(encoding, JSON.stringify(expected), results.size === 1 && results.has(expected), JSON.stringify(pieces), JSON.stringify(tail), out + tail === expected);
}

const text = 'a€𝄞é\u0000z';
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  splits(enc, Buffer.from(text, enc === 'base64' || enc === 'base64url' || enc === 'hex' ? 'utf8' : enc));
}
splits('utf8', Buffer.from([0xe2, 0x82, 0xac, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xc3]));
splits('utf8', Buffer.from([0xf0, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0x80, 0xf4, 0x90, 0x80, 0x80]));
splits('utf16le', Buffer.from([0x3d, 0xd8, 0x00, 0xde, 0x3d, 0xd8, 0x41]));
splits('utf16le', Buffer.from([0x00, 0xdc, 0x41, 0x00, 0x3d, 0xd8]));

const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2]))), d.lastNeed, d.lastTotal, JSON.stringify(d.write(Buffer.from([0x82]))), d.lastNeed, JSON.stringify(d.end(Buffer.from([0xac]))));
console.log(JSON.stringify(d.end(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()), JSON.stringify(d.write(Buffer.from('after end'))));
const d2 = new StringDecoder('utf8');
d2.write(Buffer.from([0xf0, 0x9f]));
console.log(JSON.stringify(d2.text(Buffer.from([0x98, 0x80, 0x41]), 0)), d2.lastChar.length);

console.log(new StringDecoder().encoding, new StringDecoder('UTF-8').encoding, new StringDecoder('ucs2').encoding, new StringDecoder('binary').encoding, new StringDecoder('Base64').encoding, new StringDecoder(null).encoding);
tryIt('bad encoding', () => new StringDecoder('nope'));
tryIt('write(string)', () => new StringDecoder().write('already a string'));
tryIt('write(number)', () => new StringDecoder().write(5));
tryIt('write(Uint8Array)', () => new StringDecoder().write(new Uint8Array([104, 105])));
tryIt('write(DataView)', () => new StringDecoder().write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)));
tryIt('write(ArrayBuffer)', () => new StringDecoder().write(new ArrayBuffer(2)));
tryIt('end(string)', () => new StringDecoder('hex').end('x'));
tryIt('write()', () => new StringDecoder().write());

const b64 = new StringDecoder('base64');
console.log(JSON.stringify([b64.write(Buffer.from('a')), b64.write(Buffer.from('bc')), b64.write(Buffer.from('d')), b64.end()]));
const b64b = new StringDecoder('base64');
console.log(JSON.stringify([b64b.write(Buffer.from('ab')), b64b.end(Buffer.from('c'))]), JSON.stringify(new StringDecoder('base64url').end(Buffer.from([0xfb, 0xff]))));
const hex = new StringDecoder('hex');
console.log(JSON.stringify([hex.write(Buffer.from([1, 0xab])), hex.end(Buffer.from([0xff]))]));
const u16 = new StringDecoder('utf16le');
console.log(JSON.stringify([u16.write(Buffer.from([0x61])), u16.write(Buffer.from([0x00, 0x62])), u16.end()]));
const u16b = new StringDecoder('utf16le');
console.log(JSON.stringify([u16b.write(Buffer.from([0x3d, 0xd8])), u16b.end()]));
console.log(require('util').inspect(new StringDecoder('utf8')));
console.log(Object.keys(require('string_decoder')).join(','));
console.log(require('util').inspect(require('string_decoder')), require('util').inspect(StringDecoder.prototype));
