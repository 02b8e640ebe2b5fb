// structuredClone: primitives and wrappers, Map/Set/Date/RegExp, typed arrays and
// DataView sharing buffers, ArrayBuffer transfer (detaching), cycles and shared
// references, errors (name, message, cause, stack kept, extra props dropped),
// what is not cloned (prototypes, getters, symbols keys, non-enumerables), and
// DataCloneError for functions, symbols, WeakMaps, promises.
const util = require('util');
const log = (...a) => console.log(...a);

log(structuredClone(1), structuredClone('s'), structuredClone(null), structuredClone(undefined), structuredClone(10n),
  structuredClone(-0), structuredClone(NaN), Object.is(structuredClone(-0), -0));
const wrappers = structuredClone([Object(1), Object('str'), Object(true), Object(5n)]);
log(wrappers.map((w) => `${typeof w}:${Object.prototype.toString.call(w)}:${w.valueOf()}`));

const d = new Date(Date.UTC(2020, 1, 29, 12, 0, 0));
const dc = structuredClone(d);
log(dc instanceof Date, dc !== d, dc.toISOString(), structuredClone(new Date(NaN)).getTime());
const re = /ab+c/gi;
re.lastIndex = 3;
const rc = structuredClone(re);
log(rc instanceof RegExp, rc !== re, String(rc), rc.lastIndex, rc.flags, String(structuredClone(/x/dsuy)));

const m = new Map([[1, { a: 1 }], ['k', [1, 2]], [{ key: true }, 'obj key']]);
const mc = structuredClone(m);
log(mc instanceof Map, mc.size, mc.get(1), mc.get('k'), [...mc.keys()][2], mc.get(1) !== m.get(1));
const s = new Set([1, 'two', { three: 3 }]);
log(structuredClone(s));

const ta = new Uint16Array([1, 2, 3, 65535]);
const tac = structuredClone(ta);
log(tac, tac.buffer !== ta.buffer);
const shared = new ArrayBuffer(8);
const views = structuredClone({ a: new Uint8Array(shared, 2, 3), b: new DataView(shared), c: new Float64Array(shared) });
log(views.a.buffer === views.b.buffer, views.b.buffer === views.c.buffer, views.a.byteOffset, views.a.length, views.b.byteLength);
const buf = Buffer.from('buffer!');
const bufc = structuredClone(buf);
log(bufc.constructor.name, Buffer.isBuffer(bufc), [...bufc].length);
for (const T of [Int8Array, Uint8ClampedArray, Int32Array, Float32Array, BigInt64Array]) {
  const src = new T(2);
  const c = structuredClone(src);
  log(T.name, c.constructor.name, c.length);
}

const ab = new Uint8Array([9, 8, 7]).buffer;
const moved = structuredClone(ab, { transfer: [ab] });
log('transfer', ab.byteLength, moved.byteLength, new Uint8Array(moved));
const u8 = new Uint8Array([1, 2, 3, 4]);
const movedView = structuredClone({ v: u8 }, { transfer: [u8.buffer] });
log('transfer view', u8.length, u8.byteLength, movedView.v);
for (const bad of [{ transfer: [ab] }, { transfer: [new Uint8Array(2)] }, { transfer: 'nope' }, { transfer: [1] }, 'opt']) {
  try {
    structuredClone(new ArrayBuffer(1), bad);
    log('no error for', util.inspect(bad));
  } catch (e) {
    log('transfer error', e.name, e.code, e.message);
  }
}
try {
  const dup = new ArrayBuffer(2);
  structuredClone(dup, { transfer: [dup, dup] });
} catch (e) {
  log('duplicate transfer', e.name, e.code, e.message);
}

const cyc = { name: 'root', list: [] };
cyc.self = cyc;
cyc.list.push(cyc, cyc.list);
const cc = structuredClone(cyc);
log('cycles', cc.self === cc, cc.list[0] === cc, cc.list[1] === cc.list, cc !== cyc);
const part = { x: 1 };
const sharedRefs = structuredClone([part, part, new Map([[part, part]])]);
log('shared refs', sharedRefs[0] === sharedRefs[1], [...sharedRefs[2]][0][0] === sharedRefs[0]);

class Point {
  constructor() {
    this.x = 1;
  }

  get len() {
    return 5;
  }
}
const pc = structuredClone(new Point());
log('class instance', pc.constructor === Object, pc, pc.len);
const withExtras = { visible: 1, [Symbol('sym')]: 2, get computed() { return 'got'; } };
Object.defineProperty(withExtras, 'hidden', { value: 3, enumerable: false });
log('extras', structuredClone(withExtras));
const sparse = [1, , 3];
sparse.extra = 'prop';
const sc = structuredClone(sparse);
log('sparse', sc, 1 in sc, sc.length);
log('proto null', Object.getPrototypeOf(structuredClone(Object.create(null))) === Object.prototype);

for (const E of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new E('msg', { cause: { why: 'because' } });
  e.extra = 'dropped?';
  const c = structuredClone(e);
  log(E.name, c instanceof E, c.name, c.message, c.cause, c.extra, typeof c.stack, c.stack === e.stack,
    Object.keys(c), Object.getOwnPropertyNames(c).sort());
}
class MyError extends Error {}
const mine = structuredClone(new MyError('custom'));
log('subclass', mine.constructor.name, mine.name, mine.message);
const named = new Error('renamed');
named.name = 'TypeError';
log('renamed', structuredClone(named).constructor.name);
const oddName = new Error('odd');
oddName.name = 'Whatever';
log('odd name', structuredClone(oddName).name);
const noMessage = structuredClone(new Error());
log('no message', Object.prototype.hasOwnProperty.call(noMessage, 'message'));

for (const [label, value] of [
  ['function', () => 1],
  ['named function', function foo() {}],
  ['symbol', Symbol('s')],
  ['object with function', { f() {} }],
  ['weakmap', new WeakMap()],
  ['weakset', new WeakSet()],
  ['promise', Promise.resolve()],
  ['symbol in array', [Symbol.iterator]],
]) {
  try {
    structuredClone(value);
    log(label, 'cloned');
  } catch (e) {
    log(label, e.name, e.code, e.constructor.name, e instanceof DOMException, e.message.replace(/\s+/g, ' '));
  }
}
try {
  structuredClone();
} catch (e) {
  log('no args', e.name, e.code, e.message);
}
const blob = new Blob(['abc']);
log('blob', structuredClone(blob) instanceof Blob, structuredClone(blob).size);
log('getter order', structuredClone({ get a() { log('getter ran'); return 1; } }));

// Error details: own properties and their order, accessors ignored, name lookup.
const descs = structuredClone(new Error('x', { cause: 1 }));
log('error props', Object.getOwnPropertyNames(descs), Object.getOwnPropertyDescriptor(descs, 'cause'),
  Object.getOwnPropertyDescriptor(descs, 'message'), util.types.isNativeError(descs), String(descs));
const accessorMsg = new Error('x');
Object.defineProperty(accessorMsg, 'message', { get() { return 'g'; } });
log('message accessor', Object.getOwnPropertyNames(structuredClone(accessorMsg)));
const nameGetter = new Error('x');
Object.defineProperty(nameGetter, 'name', { get() { return 'RangeError'; } });
log('name getter', structuredClone(nameGetter) instanceof RangeError);
const objName = new Error('x');
objName.name = { toString() { return 'URIError'; } };
log('name object', structuredClone(objName).constructor.name);
const msgObj = new Error();
msgObj.message = { toString() { return 'from object'; } };
log('message object', JSON.stringify(structuredClone(msgObj).message));
const causeGetter = new Error('m');
Object.defineProperty(causeGetter, 'cause', { get() { return 5; }, configurable: true });
log('cause getter', 'cause' in structuredClone(causeGetter));
log('undefined cause kept', Object.getOwnPropertyNames(structuredClone(new Error('x', { cause: undefined }))));
const agg = structuredClone(new AggregateError([1], 'agg'));
log('aggregate', agg.constructor.name, agg.message, agg.errors);
log('not an error', structuredClone(Object.assign(Object.create(Error.prototype), { message: 'm' })));
log('error in map', structuredClone(new Map([[1, new TypeError('q')]])).get(1) instanceof TypeError);

// What else is and is not cloned.
const ta2 = new Uint8Array(2);
ta2.foo = 1;
log('typed array props dropped', structuredClone(ta2).foo);
log('Math', structuredClone(Math), 'numeric keys', structuredClone({ b: 1, 2: 2, a: 3, 1: 4 }));
log('toStringTag', structuredClone({ [Symbol.toStringTag]: 'X', a: 1 }));
log('boxed props dropped', structuredClone(Object.assign(new String('ab'), { x: 1 })));
class D2 extends Date {}
class M2 extends Map {}
class A2 extends Array {}
log('subclasses', structuredClone(new D2(0)).constructor.name, structuredClone(new M2([[1, 2]])).constructor.name,
  structuredClone(A2.from([1])).constructor.name);
const resizable = new ArrayBuffer(4, { maxByteLength: 8 });
const rc2 = structuredClone(resizable);
log('resizable', rc2.resizable, rc2.maxByteLength, rc2.byteLength);
log('bigint typed', structuredClone(new BigUint64Array([1n])), Object.is(structuredClone([-0])[0], -0));
log('dataview', structuredClone(new DataView(new ArrayBuffer(3), 1)).byteOffset);
log('File becomes', structuredClone(new (require('buffer').File)(['ab'], 'f.txt')).constructor.name);

// Getters run in order; a throwing getter's error comes through as is.
log('getters', structuredClone({ a: 1, get b() { log('get b'); return 2; }, c: { get d() { log('get d'); return 3; } } }));
log('getter deletes', structuredClone({ get a() { delete this.b; return 1; }, b: 2 }));
try {
  structuredClone({ get boom() { throw new RangeError('getter threw'); } });
} catch (e) {
  log('throwing getter', e.name, e.message);
}
try {
  structuredClone({ a: { get x() { log('x read'); return 1; } }, f() {}, get z() { log('z read'); return 1; } });
} catch (e) {
  log('stops at', e.message);
}

// Messages for what cannot be cloned.
for (const [label, value] of [
  ['class', class A {}],
  ['async function', async function af() {}],
  ['proxy', new Proxy({ a: 1 }, {})],
  ['proxy array', new Proxy([1], {})],
  ['boxed symbol', Object(Symbol('q'))],
  ['arguments', (function () { return arguments; })(1)],
  ['generator', (function* () {})()],
  ['weakref', new WeakRef({})],
  ['global', globalThis],
  ['null-proto weakmap', Object.setPrototypeOf(new WeakMap(), null)],
  ['method', { toString() { return 'x'; } }],
  ['instance field', new (class Foo { constructor() { this.f = (a) => a; } })()],
  ['map value', new Map([[1, () => 1]])],
]) {
  try {
    structuredClone(value);
    log(label, 'cloned');
  } catch (e) {
    log(label, e.name, e.message);
  }
}

// Transfer lists.
const detachedAb = new ArrayBuffer(4);
const viewOnIt = new Uint8Array(detachedAb);
structuredClone(detachedAb, { transfer: [detachedAb] });
for (const [label, fn] of [
  ['detached value', () => structuredClone(detachedAb)],
  ['view on detached', () => structuredClone(viewOnIt)],
  ['detached listed', () => structuredClone(detachedAb, { transfer: [detachedAb] }).byteLength],
  ['not referenced', () => {
    const a = new ArrayBuffer(4);
    return [structuredClone(1, { transfer: [a] }), a.byteLength];
  }],
  ['set', () => {
    const a = new ArrayBuffer(2);
    structuredClone(a, { transfer: new Set([a]) });
    return a.byteLength;
  }],
  ['checked before value', () => structuredClone(() => 1, { transfer: [1] })],
  ['failed clone keeps buffer', () => {
    const a = new ArrayBuffer(2);
    try {
      structuredClone([a, Symbol()], { transfer: [a] });
    } catch {}
    return a.byteLength;
  }],
  ['view on transferred', () => {
    const a = new ArrayBuffer(4);
    new Uint8Array(a).set([1, 2, 3, 4]);
    const c = structuredClone({ v: new Uint8Array(a, 1, 2), a }, { transfer: [a] });
    return [c.v.byteOffset, c.v.length, c.v.buffer === c.a, [...c.v], a.byteLength];
  }],
  ['null options', () => structuredClone(1, null)],
  ['null transfer', () => structuredClone(1, { transfer: null })],
  ['object transfer', () => structuredClone(1, { transfer: {} })],
  ['nested transfer', () => structuredClone(1, { transfer: { transfer: 5 } })],
  ['options getter', () => structuredClone(1, { get transfer() { log('transfer read'); return []; } })],
]) {
  try {
    log(label, fn());
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
}
log('length', structuredClone.length, structuredClone.name);
const typedBlob = new Blob(['abc'], { type: 'text/plain' });
const blobClone = structuredClone([typedBlob, typedBlob]);
log('blob clone', blobClone[0] === typedBlob, blobClone[0] === blobClone[1], blobClone[0].type, blobClone[0].size);
blobClone[0].text().then((txt) => log('blob text', txt));
