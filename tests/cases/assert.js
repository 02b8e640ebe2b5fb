'use strict';
// assert and assert/strict: the comparisons and their not- forms, throws/rejects
// with every kind of validation, match, fail, and AssertionError's properties.
const assert = require('assert');
const strict = require('assert/strict');

// Errors print as their class and message: stacks differ between runtimes.
const show = (v) => {
  if (typeof v === 'function') return 'fn';
  if (v instanceof Error) return `<${v.name}: ${v.message}>`;
  return require('util').inspect(v);
};

function check(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    if (e instanceof assert.AssertionError) {
      console.log(label, 'AssertionError', JSON.stringify({ code: e.code, operator: e.operator, generatedMessage: e.generatedMessage, name: e.name }));
      console.log('  message:', JSON.stringify(e.message));
      console.log('  actual/expected:', show(e.actual), show(e.expected));
    } else {
      console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
    }
  }
}

console.log(strict === assert.strict, strict.strict === strict, strict.equal === strict.strictEqual, assert.equal !== assert.strictEqual, typeof assert.CallTracker);
console.log(Object.keys(assert).sort().join(','));
console.log(require('node:assert/strict') === strict, assert.AssertionError === strict.AssertionError);

// ok / truthiness
check('ok(true)', () => assert.ok(true));
check('ok(0)', () => assert.ok(0));
check('ok(false, msg)', () => assert.ok(false, 'custom message'));
check('assert("")', () => assert(''));
check('ok()', () => assert.ok());
check('ok(null, Error)', () => assert.ok(null, new TypeError('own error')));
check('strict(0)', () => strict(0));

// equal / strictEqual
check('equal(1, "1")', () => assert.equal(1, '1'));
check('equal(NaN, NaN)', () => assert.equal(NaN, NaN));
check('equal(1, 2)', () => assert.equal(1, 2));
check('equal(null, undefined)', () => assert.equal(null, undefined));
check('notEqual(1, "1")', () => assert.notEqual(1, '1'));
check('notEqual(1, 2)', () => assert.notEqual(1, 2));
check('strictEqual(1, "1")', () => assert.strictEqual(1, '1'));
check('strictEqual(NaN, NaN)', () => assert.strictEqual(NaN, NaN));
check('strictEqual(0, -0)', () => assert.strictEqual(0, -0));
check('strictEqual strings', () => assert.strictEqual('hello world', 'hello there'));
check('strictEqual msg', () => assert.strictEqual(1, 2, 'numbers differ'));
check('notStrictEqual', () => assert.notStrictEqual(5, 5));
check('strict.equal', () => strict.equal('a', 'b'));
check('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));

// deepEqual family
const deep = [
  [{ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] }],
  [{ a: 1 }, { a: '1' }],
  [[1, 2, 3], [1, 2, 4]],
  [new Set([1, 2]), new Set([2, 1])],
  [new Map([['k', { v: 1 }]]), new Map([['k', { v: 1 }]])],
  [new Map([['k', 1]]), new Map([['k', 2]])],
  [new Date(0), new Date(0)],
  [new Date(0), new Date(1)],
  [/ab/g, /ab/g],
  [/ab/g, /ab/i],
  [NaN, NaN],
  [0, -0],
  [Object.create(null), {}],
  [[1, , 3], [1, undefined, 3]],
  [new Number(1), new Number(2)],
  [Buffer.from('ab'), Buffer.from('ab')],
  [new Uint8Array([1]), new Int8Array([1])],
  [new Error('x'), new Error('x')],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }],
  [1, true],
  [null, undefined],
  ['a', new String('a')],
];
for (const [a, b] of deep) {
  const r = [assert.deepEqual, assert.notDeepEqual, assert.deepStrictEqual, assert.notDeepStrictEqual].map((fn) => {
    try {
      fn(a, b);
      return 'pass';
    } catch (e) {
      return e.code === 'ERR_ASSERTION' ? 'FAIL' : e.name;
    }
  });
  console.log('deep', show(a), show(b), r.join(' '));
}
// Diff messages, a few representative ones.
check('deepStrictEqual diff', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
check('deepStrictEqual primitives', () => assert.deepStrictEqual(1, 2));
check('deepStrictEqual types', () => assert.deepStrictEqual([1], { 0: 1 }));
check('deepEqual loose', () => assert.deepEqual({ a: 1 }, { a: 2 }));
check('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
check('strictEqual multiline', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
check('deepStrictEqual long arrays', () => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i))));
check('deepStrictEqual URL', () => assert.deepStrictEqual(new URL('http://a/x'), new URL('http://b/x')));
check('deepStrictEqual URL same', () => assert.deepStrictEqual(new URL('http://a/x'), new URL('http://a/x')));
check('deepStrictEqual circular', () => {
  const a = { v: 1 };
  a.self = a;
  const b = { v: 2 };
  b.self = b;
  assert.deepStrictEqual(a, b);
});
check('deepStrictEqual Set', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
check('deepStrictEqual class', () => assert.deepStrictEqual(new (class A {})(), new (class B {})()));
check('strictEqual long strings', () => assert.strictEqual('x'.repeat(600), 'y'.repeat(600)));

// throws
check('throws plain', () => assert.throws(() => { throw new Error('x'); }));
check('throws nothing', () => assert.throws(() => {}));
check('throws nothing msg', () => assert.throws(() => {}, 'should have thrown'));
check('throws class ok', () => assert.throws(() => { throw new TypeError('t'); }, TypeError));
check('throws class wrong', () => assert.throws(() => { throw new TypeError('t'); }, RangeError));
check('throws regexp ok', () => assert.throws(() => { throw new Error('hello world'); }, /world/));
check('throws regexp wrong', () => assert.throws(() => { throw new Error('hello'); }, /world/));
check('throws object ok', () => assert.throws(() => { const e = new RangeError('bad'); e.code = 'E1'; throw e; }, { name: 'RangeError', message: 'bad', code: 'E1' }));
check('throws object wrong', () => assert.throws(() => { const e = new RangeError('bad'); e.code = 'E1'; throw e; }, { name: 'RangeError', code: 'E2' }));
check('throws object regexp props', () => assert.throws(() => { throw new Error('abc123'); }, { message: /\d+/ }));
check('throws object missing prop', () => assert.throws(() => { throw new Error('m'); }, { nope: 1 }));
check('throws validation fn', () => assert.throws(() => { throw new Error('v'); }, (e) => e.message === 'v'));
check('throws validation fn false', () => assert.throws(() => { throw new Error('v'); }, (e) => e.message === 'w'));
check('throws non-error', () => assert.throws(() => { throw 'a string'; }, /string/));
check('throws Error instance', () => assert.throws(() => { throw new Error('same'); }, new Error('same')));
check('throws bad fn', () => assert.throws('not a function'));
check('throws string as message', () => assert.throws(() => { throw new Error('x'); }, 'x'));
check('throws bad expected', () => assert.throws(() => { throw new Error('x'); }, 42));
check('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
check('doesNotThrow fail', () => assert.doesNotThrow(() => { throw new Error('oops'); }));
check('doesNotThrow fail msg', () => assert.doesNotThrow(() => { throw new Error('oops'); }, 'custom'));
check('doesNotThrow other class', () => assert.doesNotThrow(() => { throw new TypeError('oops'); }, RangeError));
check('doesNotThrow same class', () => assert.doesNotThrow(() => { throw new TypeError('oops'); }, TypeError, 'msg'));

// match / doesNotMatch / fail / ifError
check('match ok', () => assert.match('abc', /b/));
check('match fail', () => assert.match('abc', /x/));
check('match non-string', () => assert.match(123, /1/));
check('match bad regexp', () => assert.match('abc', 'b'));
check('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));
check('doesNotMatch msg', () => assert.doesNotMatch('abc', /b/, 'custom dnm'));
check('fail()', () => assert.fail());
check('fail(msg)', () => assert.fail('boom'));
check('fail(Error)', () => assert.fail(new RangeError('as error')));
check('fail legacy', () => assert.fail(1, 2, undefined, '>'));
check('ifError(null)', () => assert.ifError(null));
check('ifError(undefined)', () => assert.ifError(undefined));
check('ifError(err)', () => assert.ifError(new Error('if error')));
check('ifError(str)', () => assert.ifError('str'));

// AssertionError itself
const ae = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(ae.name, ae.code, ae.actual, ae.expected, ae.operator, ae.generatedMessage, ae instanceof Error, JSON.stringify(ae.message));
const ae2 = new assert.AssertionError({ message: 'given', actual: 'a', expected: 'b', operator: '==' });
console.log(ae2.message, ae2.generatedMessage, Object.keys(ae2).join(','), String(ae2).split('\n')[0]);
check('AssertionError(no options)', () => new assert.AssertionError());

async function asyncPart() {
  const tries = [
    ['rejects ok', () => assert.rejects(Promise.reject(new Error('r')), /r/)],
    ['rejects fn ok', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError)],
    ['rejects resolved', () => assert.rejects(Promise.resolve(1))],
    ['rejects wrong', () => assert.rejects(Promise.reject(new Error('r')), { message: 'x' })],
    ['rejects non-promise fn', () => assert.rejects(() => 5)],
    ['rejects bad arg', () => assert.rejects(5)],
    ['doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1))],
    ['doesNotReject fail', () => assert.doesNotReject(Promise.reject(new Error('dnr')))],
    ['doesNotReject fn', () => assert.doesNotReject(async () => { throw new Error('dnr fn'); }, 'msg here')],
  ];
  for (const [label, fn] of tries) {
    try {
      await fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.operator, JSON.stringify(e.message));
    }
  }
}
asyncPart();
console.log(require('util').inspect(assert, { depth: 0 }));
