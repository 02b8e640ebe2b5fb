// Modern syntax every engine must run the same way.
class Counter {
  #count = 0;
  static instances = 0;
  constructor() {
    Counter.instances++;
  }
  inc() {
    return ++this.#count;
  }
  get value() {
    return this.#count;
  }
  static #secret() {
    return 's';
  }
  static reveal() {
    return Counter.#secret();
  }
  static isCounter(o) {
    return #count in o;
  }
}
const c = new Counter();
c.inc();
c.inc();
console.log(c.value, Counter.instances, Counter.reveal(), Counter.isCounter(c), Counter.isCounter({}));
const { a = 1, ...rest } = { b: 2, c: 3 };
console.log(a, rest, [...'abc'], [1, [2, [3, [4]]]].flat(Infinity));
console.log(null ?? 'nullish', 0 || 'falsy', undefined?.x, ({ f: () => 1 }).f?.());
let x = null;
x ??= 5;
x ||= 6;
x &&= x + 1;
console.log(x);
function* fib() {
  let [p, q] = [0, 1];
  for (;;) {
    yield p;
    [p, q] = [q, p + q];
  }
}
const it = fib();
console.log(Array.from({ length: 10 }, () => it.next().value));
const m = new Map([[1, 'one']]);
console.log(Object.fromEntries(m), Object.entries({ k: 'v' }), structuredCloneLike({ d: [1] }));
function structuredCloneLike(v) {
  return JSON.parse(JSON.stringify(v));
}
const tagged = ((s, ...v) => s.raw.join('|') + v.join(','))`a${1}b${2}c`;
console.log(tagged);
label: for (const i of [1, 2, 3]) {
  for (const j of [1, 2]) {
    if (i === 2) continue label;
    if (i === 3) break label;
    console.log(i, j);
  }
}
const proxy = new Proxy({}, { get: (t, k) => `prop:${String(k)}` });
console.log(proxy.anything, Reflect.ownKeys({ b: 1, a: 2, 1: 3, [Symbol.iterator]: 4 }));
console.log([3, 1, 2].toSorted(), [1, 2, 3].findLast((n) => n < 3));
console.log(Array.prototype.at.call('xyz', -1), 'replaceAll' in String.prototype, typeof globalThis.WeakRef);
