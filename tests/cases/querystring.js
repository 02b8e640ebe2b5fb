'use strict';
// querystring: parse/stringify with custom separators, maxKeys and decoders,
// escape/unescape with malformed input, and the legacy aliases.
const qs = require('querystring');

const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const show = (o) => JSON.stringify(o) + (Object.getPrototypeOf(o) === null ? ' (null proto)' : '');

const parses = [
  'a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=b', '&&a=1&&', 'a=1=2', 'a+b=c+d', 'a%20b=c%20d', '%E2%82%AC=%F0%9F%98%80',
  'bad=%ZZ&ok=%41', 'a=%', 'a=%E2%82', '__proto__=x&constructor=y&hasOwnProperty=z', 'a[]=1&a[]=2', 'x=1;y=2', '?a=1',
  'a=1&A=2', 'é=ü', 'a=%u0041', 'k=v#frag', '', ' ',
];
for (const s of parses) console.log('parse', JSON.stringify(s), show(qs.parse(s)));
console.log(show(qs.parse('a:1;b:2;a:3', ';', ':')), show(qs.parse('a==1&&b==2', '&&', '==')), show(qs.parse('a=1&b=2', '', '')));
console.log(show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })), show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 })), show(qs.parse('a=1&b=2', '&', '=', { maxKeys: -1 })));
console.log(show(qs.parse('a=%41%42&b=x', null, null, { decodeURIComponent: (s) => s.toLowerCase() })));
console.log(show(qs.parse('a=1', null, null, { decodeURIComponent: () => { throw new Error('decoder failed'); } })));
console.log(show(qs.parse(5)), show(qs.parse(null)), show(qs.parse({})), show(qs.parse(['a=1'])));
console.log(show(qs.parse('a=b=c&d', '&', '=')), show(qs.parse('aXXbYYc', 'YY', 'XX')));

const objects = [
  { a: 1, b: 'two', c: true, d: null, e: undefined, f: NaN, g: Infinity, h: -0, i: 10n },
  { arr: ['x', 'y', 3], empty: [], nested: { no: 1 }, fn() {} },
  { 'sp ace': 'v a l', 'ü': '€😀', 'sym!*()': "'~-_.", reserved: ':/?#[]@$&+,;=' },
  { [Symbol('s')]: 1, ok: 'yes' },
  Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
  {},
];
for (const o of objects) console.log('stringify', qs.stringify(o));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: [1, 2] }, '&', '=', { encodeURIComponent: (s) => `<${s}>` }));
console.log(JSON.stringify([qs.stringify('str'), qs.stringify(null), qs.stringify(5), qs.stringify([1, 2])]));
tryIt('stringify lone surrogate', () => qs.stringify({ a: '\ud800' }));
tryIt('escape lone surrogate', () => qs.escape('\udc00x'));

for (const s of ['abc', 'a b&c=d/e?f', 'é€😀', "!'()*-._~", '', 123, { toString() { return 'obj str'; } }]) {
  console.log('escape', JSON.stringify(qs.escape(s)));
}
for (const s of ['a%20b', 'a+b', '%E2%82%AC', '%zz', '%', '%E2%82', '%f0%9f%98%80', 'plain', '%2', '%C0%80']) {
  console.log('unescape', JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)), JSON.stringify(qs.unescapeBuffer(s).toString('hex')));
}
console.log(qs.decode === qs.parse, qs.encode === qs.stringify, Object.keys(qs).sort().join(','));

// A user-replaced qs.unescape is used by parse, as node documents.
const original = qs.unescape;
qs.unescape = (s) => `[${s}]`;
console.log(show(qs.parse('a=%41&b')));
qs.unescape = original;
const originalEscape = qs.escape;
qs.escape = (s) => s.toUpperCase();
console.log(qs.stringify({ key: 'value x' }));
qs.escape = originalEscape;
console.log(require('util').inspect(qs));
