// Stacks differ between engines and node's own frames, so these print errors
// whose stack is fixed or absent.
const e = new Error('no stack here');
e.stack = undefined;
console.log(e);
const t = new TypeError('typed');
t.stack = 'TypeError: typed\n    at somewhere (file.js:1:1)';
console.log(t);
const withCode = new RangeError('has code');
withCode.stack = 'RangeError: has code';
withCode.code = 'E_CODE';
withCode.errno = -2;
console.log(withCode);
console.log({ nested: e });
const err = new Error('message');
console.log(err.name, err.message, String(err), err instanceof Error, Object.keys(err));
class MyError extends Error {
  constructor(m) {
    super(m);
    this.name = 'MyError';
  }
}
const mine = new MyError('custom');
console.log(mine.name, mine.message, String(mine), mine instanceof MyError, mine instanceof Error);
console.log(typeof err.stack, err.stack.split('\n')[0]);
const cause = new Error('outer', { cause: 'inner reason' });
console.log(cause.cause);
const agg = new AggregateError([new Error('a')], 'many');
console.log(agg.errors.length, agg.message);
