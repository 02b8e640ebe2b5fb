'use strict';
// Compares host/js/string_decoder.js with node's string_decoder: random byte
// streams (broken UTF-8, split surrogate pairs, odd UTF-16 bytes, base64
// groups) cut into random chunks, for every encoding; after each write the
// output, lastChar, lastNeed, lastTotal and util.inspect of the decoder must
// match; then end(), reuse after end(), text(), typed-array and string
// inputs, and the errors.
//
//   node tools/jsdev/check-string-decoder.js [--seed N] [--count N] [--bindings]
//
// Prints each mismatch and exits 1 if there is any.

const util = require('util');
const nodeSD = require('string_decoder');
const { installFakeOps, makeChecker, makeRandom, opCalls } = require('./check-buffer.js');

const argv = process.argv.slice(2);
const option = (name, def) => {
  const i = argv.indexOf(name);
  return i === -1 ? def : Number(argv[i + 1]);
};
const SEED = option('--seed', 20240918);
const COUNT = option('--count', 3000);
const withOps = argv.includes('--bindings');

const { load, bindings } = require('./load.js');
if (withOps) installFakeOps(bindings);
const ours = load('string_decoder');
const ourBuffer = load('buffer');
const ourInspect = load('internal/util/inspect').inspect;
const { compare, same, state } = makeChecker(ourBuffer);
const R = makeRandom(SEED);
const { int, pick } = R;

const encodings = ['utf8', 'utf-8', 'UTF8', undefined, 'ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'base64', 'base64url',
  'hex', 'ascii'];
const label = (...parts) => () => parts.map((p) => util.inspect(p, { breakLength: Infinity, maxArrayLength: 30, maxStringLength: 60 })).join(' ');

// The state a decoder shows.
const snapshot = (d, inspect) => [d.lastChar, d.lastNeed, d.lastTotal, d.encoding, inspect(d)];

// Bytes that stress partial characters: UTF-8 of astral/BMP text, UTF-16
// with surrogates (paired, lone, split), plus random noise.
function streamBytes() {
  const mode = int(4);
  if (mode === 0) return R.bytes();
  if (mode === 1) return Uint8Array.from(Buffer.from(R.string(int(30)), 'utf8'));
  if (mode === 2) return Uint8Array.from(Buffer.from(R.string(int(30)), 'utf16le'));
  const b = Uint8Array.from(Buffer.from(R.string(int(30)), pick(['utf8', 'utf16le'])));
  for (let k = 0; k < 3 && b.length; k++) b[int(b.length)] = pick([0x80, 0xC2, 0xE2, 0xF0, 0xF4, 0xF8, 0xFF, 0xD8, 0xDC, 0x3D, int(256)]);
  return b.subarray(int(3));
}

function chunks(bytes) {
  const out = [];
  let at = 0;
  while (at < bytes.length) {
    const n = int(5) === 0 ? int(20) : int(5);
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  if (int(3) === 0) out.splice(int(out.length + 1), 0, new Uint8Array(0));
  return out;
}

for (let i = 0; i < COUNT; i++) {
  const e = pick(encodings);
  const parts = chunks(streamBytes());
  const o = new ours.StringDecoder(e);
  const n = new nodeSD.StringDecoder(e);
  const kinds = parts.map(() => int(8));
  const history = [];
  for (let k = 0; k < parts.length; k++) {
    const seedPick = kinds[k];
    // The same bytes as a DataView, Uint16Array, Uint8Array or Buffer.
    const make = (Buf) => {
      const c = parts[k];
      if (seedPick === 0) return new DataView(c.buffer, c.byteOffset, c.byteLength);
      if (seedPick === 1 && c.length % 2 === 0 && (c.byteOffset % 2) === 0) return new Uint16Array(c.buffer, c.byteOffset, c.length / 2);
      if (seedPick === 2) return new Uint8Array(c);
      return Buf.from(c);
    };
    history.push(parts[k]);
    compare(label('write', e, ...history), () => [o.write(make(ourBuffer.Buffer)), ...snapshot(o, ourInspect)],
      () => [n.write(make(Buffer)), ...snapshot(n, util.inspect)]);
  }
  const last = int(3) === 0 ? streamBytes().subarray(0, int(4)) : undefined;
  compare(label('end', e, ...history, last), () => [o.end(last && ourBuffer.Buffer.from(last)), ...snapshot(o, ourInspect)],
    () => [n.end(last && Buffer.from(last)), ...snapshot(n, util.inspect)]);
  // A decoder goes on after end().
  const more = streamBytes().subarray(0, int(6));
  compare(label('after end', e, ...history, last, more), () => [o.write(ourBuffer.Buffer.from(more)), o.end(), ...snapshot(o, ourInspect)],
    () => [n.write(Buffer.from(more)), n.end(), ...snapshot(n, util.inspect)]);
}

// Node's own util.inspect of our decoder.
compare('node inspect', () => { const d = new ours.StringDecoder('utf8'); d.write(ourBuffer.Buffer.from([0xE2])); return util.inspect(d); },
  () => { const d = new nodeSD.StringDecoder('utf8'); d.write(Buffer.from([0xE2])); return util.inspect(d); });

// text(buf, offset)
for (let i = 0; i < 300; i++) {
  const e = pick(encodings);
  const pre = streamBytes().subarray(0, int(4));
  const bytes = streamBytes();
  const off = pick([undefined, 0, 1, 2, -1, 100, 1.5]);
  compare(label('text', e, pre, bytes, off), () => { const d = new ours.StringDecoder(e); d.write(ourBuffer.Buffer.from(pre)); return [d.text(ourBuffer.Buffer.from(bytes), off), ...snapshot(d, ourInspect)]; },
    () => { const d = new nodeSD.StringDecoder(e); d.write(Buffer.from(pre)); return [d.text(Buffer.from(bytes), off), ...snapshot(d, util.inspect)]; });
}

// Strings pass through; other inputs are errors.
for (const input of ['abc', '', 5, null, undefined, {}, [1, 2], new ArrayBuffer(2), true]) {
  for (const e of ['utf8', 'hex']) {
    compare(label('write', e, input), () => new ours.StringDecoder(e).write(input), () => new nodeSD.StringDecoder(e).write(input));
    compare(label('end', e, input), () => new ours.StringDecoder(e).end(input), () => new nodeSD.StringDecoder(e).end(input));
  }
}

for (const e of ['foo', '', null, 5, {}, 'utf-16', 'UTF-8', 'Base64', 'BINARY', 'ucs-2', 'latin-1', true]) {
  compare(label('constructor', e), () => new ours.StringDecoder(e).encoding, () => new nodeSD.StringDecoder(e).encoding);
}
compare('write this', () => ours.StringDecoder.prototype.write.call({}, ourBuffer.Buffer.from('a')), () => nodeSD.StringDecoder.prototype.write.call({}, Buffer.from('a')));
compare('end this', () => ours.StringDecoder.prototype.end.call({}), () => nodeSD.StringDecoder.prototype.end.call({}));
compare('lastNeed this', () => ours.StringDecoder.prototype.lastNeed, () => nodeSD.StringDecoder.prototype.lastNeed);
compare('lastTotal this', () => ours.StringDecoder.prototype.lastTotal, () => nodeSD.StringDecoder.prototype.lastTotal);

// An encoding that a patched Buffer.isEncoding accepts is kept as given.
compare('patched isEncoding', () => {
  const orig = ourBuffer.Buffer.isEncoding;
  ourBuffer.Buffer.isEncoding = (x) => x === 'custom' || orig(x);
  try {
    const d = new ours.StringDecoder('custom');
    return [d.encoding, d.write(ourBuffer.Buffer.from('hi')), d.end()];
  } finally {
    ourBuffer.Buffer.isEncoding = orig;
  }
}, () => {
  const orig = Buffer.isEncoding;
  Buffer.isEncoding = (x) => x === 'custom' || orig(x);
  try {
    const d = new nodeSD.StringDecoder('custom');
    return [d.encoding, d.write(Buffer.from('hi')), d.end()];
  } finally {
    Buffer.isEncoding = orig;
  }
});

// Shape.
const describe = (obj) => Object.fromEntries(Reflect.ownKeys(obj).map((k) => {
  const d = Object.getOwnPropertyDescriptor(obj, k);
  return [String(k), ['value' in d ? (typeof d.value === 'function' ? `fn ${d.value.name}/${d.value.length}` : typeof d.value) : `accessor ${d.get && d.get.name}`,
    d.enumerable, d.writable, d.configurable]];
}));
same('module', describe(ours), describe(nodeSD));
same('prototype', describe(ours.StringDecoder.prototype), describe(nodeSD.StringDecoder.prototype));
same('statics', describe(ours.StringDecoder), describe(nodeSD.StringDecoder));
same('instance', describe(new ours.StringDecoder()), describe(new nodeSD.StringDecoder()));

// Large inputs.
for (const size of [100, 5000, 70000]) {
  for (const e of ['utf8', 'ucs2', 'base64', 'hex', 'latin1']) {
    const bytes = Uint8Array.from(Buffer.from(R.string(size), 'utf8'));
    const cut = int(bytes.length);
    compare(label('large', size, e, cut), () => { const d = new ours.StringDecoder(e); return d.write(ourBuffer.Buffer.from(bytes.subarray(0, cut))) + d.write(ourBuffer.Buffer.from(bytes.subarray(cut))) + d.end(); },
      () => { const d = new nodeSD.StringDecoder(e); return d.write(Buffer.from(bytes.subarray(0, cut))) + d.write(Buffer.from(bytes.subarray(cut))) + d.end(); });
  }
}

if (withOps) console.log(`ops used: ${JSON.stringify(opCalls)}`);
console.log(`check-string-decoder${withOps ? ' (with host ops)' : ''}: ${state.checks} checks, ${state.mismatches} mismatches`);
process.exitCode = state.mismatches > 0 ? 1 : 0;
