'use strict';
// Compares host/js/querystring.js with node's querystring: parse/decode with
// separators of every length (and non-string ones), maxKeys, custom decoders
// (also throwing ones), stringify/encode of every value type with custom
// encoders, escape/unescape/unescapeBuffer on strings full of malformed
// escapes, invalid UTF-8 and lone surrogates, and the effect of replacing
// querystring.escape/unescape on the module object. Inputs are a curated list
// plus generated strings (seeded).
//
//   node tools/jsdev/check-querystring.js [--seed N] [--count N]
//
// Prints each mismatch and exits 1 if there is any.

const util = require('util');
const nodeQs = require('querystring');
const { load } = require('./load.js');

const ours = load('querystring');

const argv = process.argv.slice(2);
const option = (name, def) => {
  const i = argv.indexOf(name);
  return i === -1 ? def : Number(argv[i + 1]);
};
const SEED = option('--seed', 20240611);
const COUNT = option('--count', 20000);
const MAX_PRINTED = Number(process.env.MAX_PRINTED) || 40;

let state = SEED >>> 0 || 1;
function random() {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

let checks = 0;
const mismatches = [];
const show = (v) => util.inspect(v, { depth: 4, breakLength: Infinity });

function describe(v) {
  if (v !== null && typeof v === 'object') {
    // Ours is host/js/buffer.js's Buffer when that exists: compare bytes.
    if (ArrayBuffer.isView(v)) return { buffer: [...v], isUint8Array: v instanceof Uint8Array || String(v.constructor.name) };
    return { proto: Object.getPrototypeOf(v) === null ? 'null' : 'other', shown: show(v), keys: Object.keys(v) };
  }
  return { value: show(v) };
}

function outcome(fn) {
  try {
    return describe(fn());
  } catch (err) {
    return { threw: `${err && err.name} [${err && err.code}]: ${err && err.message}` };
  }
}

function compare(label, call) {
  checks++;
  const n = outcome(() => call(nodeQs));
  const o = outcome(() => call(ours));
  if (!util.isDeepStrictEqual(o, n)) {
    mismatches.push(label);
    if (mismatches.length <= MAX_PRINTED) {
      console.log(`MISMATCH ${label}\n  ours: ${show(o)}\n  node: ${show(n)}`);
    }
  }
}

// ---- inputs ------------------------------------------------------------------------

const TOKENS = ['&', '&', '=', '=', '+', '%', '%2', '%41', '%4', '%zz', '%%', '%2B', '%20', '%26', '%3D', 'a', 'b', 'key',
  'value', 'ä', '€', '😀', '\ud83d', '\ude00', '&&', '==', ';', ' ', '%E4%BD%A0', '%C3', '%C3%A4', '%C0%80', '%ED%A0%80',
  '%F0%9F%98%80', '%FF', '%e4', '__proto__', 'constructor', 'hasOwnProperty', 'toString', '[]', 'a[b]', '.', '=>',
  '\n', '\u0000', '%00', 'x'.repeat(20)];

function randomQs() {
  let s = '';
  for (let n = int(10); n > 0; n--) s += pick(TOKENS);
  return s;
}

const SEPS = [undefined, null, '', '&', ';', '&&', '=', '==', '=>', 'ab', ', ', 0, 1, 12, false, true, '%', '+', '&;'];
const MAXKEYS = [undefined, 0, -1, 1, 2, 3, 1000, NaN, Infinity, '2', 1.5, null];
const DECODERS = {
  none: undefined,
  identity: (s) => s,
  upper: (s) => s.toUpperCase(),
  throwing: () => { throw new Error('nope'); },
  decodeURIComponent,
  unescape: (s) => ours.unescape(s), // different function from node's, on purpose (custom path)
  notAFunction: 'x',
};
const ENCODERS = {
  none: undefined,
  identity: (s) => s,
  encodeURIComponent,
  bracket: (s) => `[${s}]`,
  notAFunction: 1,
};

const CURATED_QS = [
  '', 'a', 'a=', '=a', '=', '&', '&&', 'a&b', 'a=1&b=2', 'a=1&a=2&a=3', 'a+b=c+d', 'a%20b=c%20d', 'a=%', 'a=%2',
  'a=%zz', '%=%', 'a=b=c', 'a==b', '&a=1&&b=2&', 'a[]=1&a[]=2', '__proto__=1', 'constructor=x&hasOwnProperty=y',
  'toString=1&toString=2', 'a=%E4%BD%A0', 'a=%C3', 'a=%ED%A0%80', 'a=%F0%9F%98%80', 'a=%u0041', 'a=1;b=2',
  'foo=bar&baz=qux&baz=quux&corge', 'a=b&a=c&a', 'x=%zz%41', '%41=%41', 'a=%41%', '+=+', '%2B=%2B', 'a+=b+',
];

const CURATED_STRINGS = [
  '', 'abc', 'a b', 'a+b', '%', '%%', '%4', '%41', '%4g', '%zz', '100%', 'a%20b%2', '%E4%BD%A0', '%C3%28',
  '%ED%A0%80', '%F4%90%80%80', '%C0%AF', '%E0%80%AF', '%F0%80%80%AF', '%80', '%BF%BF', '%FE%FF', 'ä€😀', '\ud83d',
  '\ude00', 'a\ud83d', '\ud83da', '\ude00\ud83d', '\ud83d\ude00', "!'()*-._~", '<>"#{}|\\^`', 'a\nb\tc', '\u0000',
  'ÿ', 'Ā', '%ff%fe', '%F0%9F%98', '%F0%9F', '%E2%82', '%E2%82%AC%E2',
];

const NON_STRINGS = [undefined, null, 0, -0, 1.5, NaN, 1n, true, {}, [], [1, 2], { toString() { return 'ts'; } },
  () => 1, Symbol('s'), new Date(0)];

function randomValue(depth = 0) {
  switch (int(depth > 1 ? 9 : 11)) {
    case 0: return pick(CURATED_STRINGS);
    case 1: return randomQs();
    case 2: return pick([0, -0, 1, -1, 1.5, 1e21, -1e21, 1e20, 1e-7, NaN, Infinity, -Infinity, 2 ** 53]);
    case 3: return pick([0n, 1n, -1n, 123456789012345678901234567890n]);
    case 4: return chance(0.5);
    case 5: return pick([null, undefined]);
    case 6: return pick([() => 1, Symbol('x'), { a: 1 }, new Date(0)]);
    case 7: return '';
    case 8: return pick(['a', 'b', 'ä', 'x y']);
    default: return Array.from({ length: int(4) }, () => randomValue(depth + 1));
  }
}

function randomObject() {
  const obj = chance(0.1) ? Object.create(null) : {};
  for (let n = int(6); n > 0; n--) {
    const key = chance(0.5) ? pick(['a', 'b', 'c', 'ä', 'a b', '&', '=', '', '😀', '1', '__proto__x', 'x'.repeat(3)]) :
      pick(CURATED_STRINGS);
    obj[key] = randomValue();
  }
  return obj;
}

// ---- checks ------------------------------------------------------------------------

function parseChecks() {
  const inputs = [...CURATED_QS];
  for (let i = 0; i < COUNT; i++) inputs.push(randomQs());
  for (const qs of inputs) {
    compare(`parse(${show(qs)})`, (m) => m.parse(qs));
    const sep = pick(SEPS);
    const eq = pick(SEPS);
    compare(`parse(${show(qs)}, ${show(sep)}, ${show(eq)})`, (m) => m.parse(qs, sep, eq));
    const maxKeys = pick(MAXKEYS);
    const dName = pick(Object.keys(DECODERS));
    const opts = chance(0.1) ? pick([null, 1, 'x']) : { maxKeys, decodeURIComponent: DECODERS[dName] };
    compare(`parse(${show(qs)}, ${show(sep)}, ${show(eq)}, ${show(opts)} ${dName})`,
      (m) => m.parse(qs, sep, eq, opts));
    if (chance(0.2)) compare(`decode(${show(qs)})`, (m) => m.decode(qs, sep));
  }
  for (const v of NON_STRINGS) compare(`parse(${show(v)})`, (m) => m.parse(v));
}

function stringifyChecks() {
  const objects = [
    {}, { a: 1 }, { a: [] }, { a: [1, 2] }, { a: [[1, 2], 3] }, { a: '' }, { '': '' }, { a: null, b: undefined },
    { a: NaN, b: Infinity, c: -0, d: 1e21, e: -1e21, f: 1e-7 }, { a: 1n }, { a: true, b: false }, { a: {} },
    { a: () => 1 }, { a: Symbol('s') }, { 'a b': 'c d' }, { ä: '€' }, { a: '\ud83d' }, { '\ude00': 1 },
    { a: '\ud83d\ude00' }, { a: '\ud83dx' }, Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
    Object.assign(Object.create(null), { a: 1 }), [1, 2], 'str', 1, null, undefined, true,
    Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }), { [Symbol('k')]: 1, a: 2 },
  ];
  for (let i = 0; i < COUNT / 4; i++) objects.push(randomObject());
  for (const obj of objects) {
    compare(`stringify(${show(obj)})`, (m) => m.stringify(obj));
    const sep = pick(SEPS);
    const eq = pick(SEPS);
    compare(`stringify(${show(obj)}, ${show(sep)}, ${show(eq)})`, (m) => m.stringify(obj, sep, eq));
    const eName = pick(Object.keys(ENCODERS));
    const opts = chance(0.1) ? pick([null, 1]) : { encodeURIComponent: ENCODERS[eName] };
    compare(`stringify(${show(obj)}, ${show(sep)}, ${show(eq)}, ${eName})`, (m) => m.stringify(obj, sep, eq, opts));
    if (chance(0.1)) compare(`encode(${show(obj)})`, (m) => m.encode(obj));
    // Round trip.
    compare(`parse(stringify(${show(obj)}))`, (m) => m.parse(m.stringify(obj)));
  }
}

function escapeChecks() {
  const strings = [...CURATED_STRINGS];
  for (let i = 0; i < COUNT / 2; i++) strings.push(randomQs());
  for (const s of strings) {
    compare(`escape(${show(s)})`, (m) => m.escape(s));
    compare(`unescape(${show(s)})`, (m) => m.unescape(s));
    compare(`unescape(${show(s)}, true)`, (m) => m.unescape(s, true));
    compare(`unescapeBuffer(${show(s)})`, (m) => m.unescapeBuffer(s));
    compare(`unescapeBuffer(${show(s)}, true)`, (m) => m.unescapeBuffer(s, true));
  }
  for (const v of NON_STRINGS) {
    compare(`escape(${show(v)})`, (m) => m.escape(v));
    compare(`unescape(${show(v)})`, (m) => m.unescape(v));
  }
  compare('unescapeBuffer(["a%41"])', (m) => m.unescapeBuffer(['a%41']));
  compare('unescapeBuffer(1)', (m) => m.unescapeBuffer(1));
}

// The module functions look each other up on the module object.
function overrideChecks() {
  const scenarios = {
    'custom escape': (m) => {
      m.escape = (s) => `<${s}>`;
      return m.stringify({ a: 'b c', d: [1, 'e'] });
    },
    'custom unescape': (m) => {
      m.unescape = (s) => `<${s}>`;
      return m.parse('a=b+c&%41=1&x');
    },
    'throwing unescape': (m) => {
      m.unescape = () => { throw new Error('no'); };
      return m.parse('a=%41');
    },
    'custom unescapeBuffer': (m) => {
      m.unescapeBuffer = () => Buffer.from('buf');
      return [m.unescape('%E4%BD'), m.parse('a=%zz%E4')];
    },
  };
  for (const [name, run] of Object.entries(scenarios)) {
    compare(name, (m) => {
      const saved = { ...m };
      try {
        return run(m);
      } finally {
        Object.assign(m, saved);
      }
    });
  }
}

function shapeChecks() {
  compare('module keys', (m) => Object.keys(m));
  compare('function names', (m) => Object.keys(m).map((k) => `${k}:${m[k].name}:${m[k].length}`));
  compare('encode === stringify', (m) => [m.encode === m.stringify, m.decode === m.parse]);
}

shapeChecks();
parseChecks();
stringifyChecks();
escapeChecks();
overrideChecks();

console.log(`${checks} checks, ${mismatches.length} mismatches`);
process.exit(mismatches.length ? 1 : 0);
