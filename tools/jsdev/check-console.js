'use strict';
// Compares host/js/internal/console.js with node's Console: both write to
// fake streams, and the sequence of write() calls (stream and exact text)
// must be identical.
//
//   node --expose-internals tools/jsdev/check-console.js [-v] [filter]
//
// Exits 1 on any mismatch.

const EventEmitter = require('events');
// The internal test binding warns on load; its notice would only clutter the report.
process.removeAllListeners('warning');
const util = require('util');
const { Console: NodeConsole } = require('console');
const { load } = require('./load.js');

const ours = load('internal/console');

const verbose = process.argv.includes('-v');
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));
let checked = 0;
let mismatches = 0;

// A stream for node's Console (which needs an EventEmitter) that records each
// write() call; ours only uses write().
function fakeStream(name, log, extra) {
  const stream = new EventEmitter();
  stream.write = (chunk) => {
    log.push(`${name}: ${chunk}`);
    return true;
  };
  return Object.assign(stream, extra);
}

// The same fake clock drives both: node's console.time reads process.hrtime.
let fakeNow = 0n; // nanoseconds
function withFakeClock(fn) {
  const saved = process.hrtime;
  process.hrtime = (prev) => {
    const s = fakeNow / 1000000000n;
    const ns = fakeNow % 1000000000n;
    if (!prev) return [Number(s), Number(ns)];
    let ds = Number(s) - prev[0];
    let dns = Number(ns) - prev[1];
    if (dns < 0) {
      ds--;
      dns += 1e9;
    }
    return [ds, dns];
  };
  ours.setClock(() => fakeNow);
  try {
    return fn();
  } finally {
    process.hrtime = saved;
    ours.setClock();
  }
}

function run(ConsoleClass, scenario, makeOptions) {
  const log = [];
  fakeNow = 0n;
  const warnings = [];
  const savedEmit = process.emitWarning;
  process.emitWarning = (w) => warnings.push(`warning: ${w}`);
  ours.setEmitWarning((w) => warnings.push(`warning: ${w}`));
  try {
    const c = makeOptions(log);
    withFakeClock(() => scenario(new ConsoleClass(...c), (ms) => { fakeNow += BigInt(Math.round(ms * 1e6)); }));
  } catch (e) {
    log.push(`<throws ${e && e.name} ${e && e.code}: ${e && e.message}>`);
  } finally {
    process.emitWarning = savedEmit;
    ours.setEmitWarning();
  }
  return [...log, ...warnings];
}

function compare(label, scenario, makeOptions = (log) => [fakeStream('out', log), fakeStream('err', log)]) {
  if (filter && !label.includes(filter)) return;
  checked++;
  const expected = run(NodeConsole, scenario, makeOptions);
  const actual = run(ours.Console, scenario, makeOptions);
  const a = JSON.stringify(expected);
  const b = JSON.stringify(actual);
  if (a !== b) {
    mismatches++;
    console.log(`MISMATCH ${label}\n  node: ${a}\n  ours: ${b}`);
  } else if (verbose) {
    console.log(`ok ${label}: ${a}`);
  }
}

// --- Scenarios -----------------------------------------------------------------

const circ = { a: 1 };
circ.self = circ;

const values = [
  'string', 42, -0, 5n, Symbol('s'), null, undefined, true, { a: 1, b: { c: { d: { e: 1 } } } },
  [1, 2, 3], new Map([[1, 2]]), new Set([1]), circ, new Error('logged error'), function f() {},
  'multi\nline\nstring', { s: 'nested\nnewline' }, Array.from({ length: 30 }, (_, i) => i),
];

for (const method of ['log', 'info', 'debug', 'warn', 'error', 'dirxml']) {
  compare(`${method} no args`, (c) => c[method]());
  for (const v of values) {
    compare(`${method} ${util.inspect(v, { breakLength: Infinity, depth: 0 })}`, (c) => c[method](v));
  }
  compare(`${method} format`, (c) => c[method]('%s is %d years and %o', 'Bob', 42, { x: [1] }, 'extra', 7));
  compare(`${method} multiple`, (c) => c[method]('a', 1, { b: 2 }, ['c']));
}

compare('detached methods', (c) => {
  const { log, warn, error, info, count, group, groupEnd, table } = c;
  log('detached log');
  warn('detached warn');
  error('detached error');
  info('detached info');
  count();
  group('g');
  log('inside');
  groupEnd();
  table([{ a: 1 }]);
});
compare('method names', (c) => c.log([c.log.name, c.error.name, c.info.name, c.groupCollapsed.name].join()));
compare('prototype keys', (c) => c.log(Object.keys(Object.getPrototypeOf(c)).join()));
compare('instance keys', (c) => c.log(Object.keys(c).join()));

// dir
for (const v of values) {
  compare(`dir ${util.inspect(v, { breakLength: Infinity, depth: 0 })}`, (c) => c.dir(v));
}
compare('dir options', (c) => c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
compare('dir colors', (c) => c.dir({ a: 1, s: 'x' }, { colors: true }));
compare('dir skips custom inspect', (c) => c.dir({ [util.inspect.custom]() { return 'custom'; }, a: 1 }));
compare('dir custom allowed', (c) => c.dir({ [util.inspect.custom]() { return 'custom'; } }, { customInspect: true }));
compare('dir showHidden', (c) => c.dir([1], { showHidden: true }));

// Groups
compare('group nesting', (c) => {
  c.log('level 0');
  c.group('Group A');
  c.log('level 1');
  c.group();
  c.warn('level 2 warn');
  c.error({ a: 'multi\nline' });
  c.groupCollapsed('collapsed', 42);
  c.log('level 3\nsecond line');
  c.table([1, 2]);
  c.dir({ a: [1, 2] });
  c.groupEnd();
  c.groupEnd();
  c.log('level 1 again');
  c.groupEnd();
  c.groupEnd();
  c.log('level 0 again');
});
compare('group with format args', (c) => { c.group('%s=%d', 'x', 5); c.log('in'); });
compare('groupIndentation option', (c) => { c.group('g'); c.log('four spaces'); c.group(); c.log('eight\nlines'); },
  (log) => [{ stdout: fakeStream('out', log), stderr: fakeStream('err', log), groupIndentation: 4 }]);
compare('groupIndentation 0', (c) => { c.group('g'); c.log('none'); },
  (log) => [{ stdout: fakeStream('out', log), groupIndentation: 0 }]);
compare('groupIndentation invalid', (c) => c.log('x'),
  (log) => [{ stdout: fakeStream('out', log), groupIndentation: 1001 }]);
compare('groupIndentation not integer', (c) => c.log('x'),
  (log) => [{ stdout: fakeStream('out', log), groupIndentation: 1.5 }]);
compare('groupIndentation string', (c) => c.log('x'),
  (log) => [{ stdout: fakeStream('out', log), groupIndentation: '2' }]);

// Counting
compare('count', (c) => {
  c.count();
  c.count();
  c.count('label');
  c.count(5);
  c.count('default');
  c.countReset();
  c.count();
  c.countReset('missing');
  c.count(undefined);
  c.count(null);
  c.count({ toString() { return 'obj'; } });
});

// Assertions
compare('assert', (c) => {
  c.assert(true, 'not shown');
  c.assert(false);
  c.assert(0, 'message');
  c.assert('', 'with %s', 'format', { extra: 1 });
  c.assert(null, { obj: 1 });
  c.assert(undefined, 5, 6);
});

// Timers
compare('time and timeEnd', (c, advance) => {
  c.time();
  advance(1.2345);
  c.timeEnd();
  c.time('label');
  advance(0.0004);
  c.timeLog('label');
  advance(2500);
  c.timeLog('label', 'extra', { data: 1 });
  advance(65432.1);
  c.timeEnd('label');
  c.time('hours');
  advance(3 * 3600e3 + 5 * 60e3 + 7.891e3);
  c.timeEnd('hours');
  c.timeEnd('label');
  c.timeLog('nope');
  c.time('dup');
  c.time('dup');
  c.time(42);
  advance(10);
  c.timeEnd(42);
});
compare('time exact boundaries', (c, advance) => {
  for (const ms of [0, 0.1, 999.9994, 999.9996, 1000, 59999.9, 59999.9996, 60000, 3599999.9, 3600000, 1e9]) {
    c.time('b');
    advance(ms);
    c.timeEnd('b');
  }
});

// Trace: the frames differ between the two implementations (their own
// frames, file names), so compare the header and the shape only.
function traceShape(ConsoleClass, args, grouped) {
  const log = [];
  const c = new ConsoleClass(fakeStream('out', log), fakeStream('err', log));
  if (grouped) c.group();
  (function callerFrame() { c.trace(...args); })();
  return log.map((line) => {
    const lines = line.split('\n');
    const header = lines.slice(0, lines.findIndex((l) => /^ *at /.test(l))).join('\n');
    const first = lines.find((l) => /^ *at /.test(l));
    const frameIndent = lines.filter((l) => /^ *at /.test(l)).map((l) => l.indexOf('at')).join();
    return `${header} | first frame is caller: ${/callerFrame/.test(first)} | indents ${frameIndent} | ends with newline: ${line.endsWith('\n')}`;
  });
}
for (const [args, grouped] of [[[]], [['message']], [['%s: %d', 'fmt', 3]], [[{ a: 1 }, [2]]],
  [['multi\nline']], [['in group'], true], [['multi\nline in group'], true]]) {
  checked++;
  const a = JSON.stringify(traceShape(NodeConsole, args, grouped));
  const b = JSON.stringify(traceShape(ours.Console, args, grouped));
  if (a !== b) {
    mismatches++;
    console.log(`MISMATCH trace ${JSON.stringify(args)}\n  node: ${a}\n  ours: ${b}`);
  } else if (verbose) {
    console.log(`ok trace ${a}`);
  }
}

// The same without Error.captureStackTrace (engines that lack it).
{
  checked++;
  const a = JSON.stringify(traceShape(NodeConsole, ['fallback']));
  const saved = Error.captureStackTrace;
  delete Error.captureStackTrace;
  let b;
  try {
    b = JSON.stringify(traceShape(ours.Console, ['fallback']));
  } finally {
    Error.captureStackTrace = saved;
  }
  if (a !== b) {
    mismatches++;
    console.log(`MISMATCH trace without captureStackTrace\n  node: ${a}\n  ours: ${b}`);
  }
}

// Tables
const tables = [
  [1, 2, 3],
  ['a', 'b'],
  [[1, 2], [3, 4, 5]],
  [{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }],
  [{ a: 1 }, { b: 2 }, 'primitive', null, [1, 2]],
  { row1: { c1: 1, c2: 2 }, row2: { c2: 3, c3: 4 } },
  { x: 1, y: 'two', z: { deep: { deeper: 1 } } },
  [{ name: 'alice', age: 30, tags: ['a', 'b', 'c', 'd'] }, { name: 'bob', nested: { k: 1, j: 2, l: 3 } }],
  new Map([['k1', { a: 1 }], [{ obj: 1 }, 'v2']]),
  new Set(['a', { b: 1 }, [1]]),
  [],
  {},
  [{ '中文': '中文字符', emoji: '😀😀' }, { '中文': 'x' }],
  [{ s: 'multi\nline' }],
  [{ a: 'x'.repeat(50) }],
  [[{ nested: 1 }]],
  Object.assign([1, 2], { extra: 'x' }),
  [function f() {}, Symbol('s'), 10n, undefined],
  [new Date(0), /re/, new Error('table error').message],
  Array.from({ length: 12 }, (_, i) => ({ i, sq: i * i })),
  new Map(),
  new Set(),
  (function () { return arguments; })(1, 2),
  new Uint8Array([1, 2, 3]),
  { a: [1, 2, 3, 4, 5] },
  [{ a: { b: 1, c: 2, d: 3 } }, { a: { b: 1 } }],
];
for (const data of tables) {
  const label = util.inspect(data, { breakLength: Infinity, depth: 1 });
  compare(`table ${label}`, (c) => c.table(data));
  compare(`table props ${label}`, (c) => c.table(data, ['a', 'b', 'nope']));
  compare(`table empty props ${label}`, (c) => c.table(data, []));
}
for (const v of [5, 'str', null, undefined, Symbol('t'), true]) {
  compare(`table primitive ${String(v)}`, (c) => c.table(v));
}
compare('table invalid properties', (c) => c.table([{ a: 1 }], 'a'));
compare('table colors', (c) => c.table([{ a: 1, b: 'str' }, { a: null }]),
  (log) => [{ stdout: fakeStream('out', log), colorMode: true }]);
compare('table inspectOptions', (c) => c.table([{ a: [1, 2, 3, 4, 5, 6] }]),
  (log) => [{ stdout: fakeStream('out', log), inspectOptions: { maxArrayLength: 10 } }]);

// Constructor shapes and options
compare('stdout only', (c) => { c.log('out'); c.error('err goes to stdout too'); },
  (log) => [fakeStream('out', log)]);
compare('options object', (c) => { c.log('out'); c.warn('err'); },
  (log) => [{ stdout: fakeStream('out', log), stderr: fakeStream('err', log) }]);
compare('colorMode true', (c) => { c.log({ a: 1, s: 'x' }, 'plain', 5); c.error([null]); c.dir({ d: true }); },
  (log) => [{ stdout: fakeStream('out', log), stderr: fakeStream('err', log), colorMode: true }]);
compare('colorMode false with TTY', (c) => c.log({ a: 1 }),
  (log) => [{ stdout: fakeStream('out', log, { isTTY: true }), colorMode: false }]);
compare('colorMode auto TTY', (c) => c.log({ a: 1 }),
  (log) => [{ stdout: fakeStream('out', log, { isTTY: true, getColorDepth: () => 8 }) }]);
compare('colorMode auto TTY low depth', (c) => c.log({ a: 1 }),
  (log) => [{ stdout: fakeStream('out', log, { isTTY: true, getColorDepth: () => 1 }) }]);
compare('colorMode auto TTY no depth fn', (c) => c.log({ a: 1 }),
  (log) => [{ stdout: fakeStream('out', log, { isTTY: true }) }]);
compare('colorMode invalid', (c) => c.log('x'),
  (log) => [{ stdout: fakeStream('out', log), colorMode: 'yes' }]);
compare('inspectOptions', (c) => { c.log({ a: { b: { c: 1 } } }); c.log('%O', { a: { b: 1 } }); c.dir({ a: { b: 1 } }); },
  (log) => [{ stdout: fakeStream('out', log), inspectOptions: { depth: 0, breakLength: 10 } }]);
compare('inspectOptions colors', (c) => c.log({ a: 1 }),
  (log) => [{ stdout: fakeStream('out', log), inspectOptions: { colors: true } }]);
compare('inspectOptions with colorMode', (c) => c.log('x'),
  (log) => [{ stdout: fakeStream('out', log), inspectOptions: { colors: true }, colorMode: false }]);
compare('inspectOptions invalid', (c) => c.log('x'),
  (log) => [{ stdout: fakeStream('out', log), inspectOptions: 'depth' }]);
compare('no stdout', (c) => c.log('x'), () => [{}]);
compare('bad stderr', (c) => c.log('x'), (log) => [{ stdout: fakeStream('out', log), stderr: {} }]);
compare('without new', (c) => c.log('x'), (log) => [fakeStream('out', log)]);
// Known deviation: node clears with two writes (cursor home, erase down);
// ours sends the same bytes in one write.
{
  checked++;
  const log = [];
  new ours.Console(fakeStream('out', log, { isTTY: true })).clear();
  const expected = JSON.stringify(['out: \u001b[1;1H\u001b[0J']);
  if (JSON.stringify(log) !== expected) {
    mismatches++;
    console.log(`MISMATCH clear on TTY\n  expected: ${expected}\n  ours: ${JSON.stringify(log)}`);
  }
}
compare('clear not TTY', (c) => c.clear());

// Errors from the stream
compare('throwing stream ignored', (c) => { c.log('lost'); c.log('still lost'); },
  () => [{ stdout: { write() { throw new Error('EPIPE'); }, listenerCount: () => 0, once() {}, removeListener() {} } }]);
compare('throwing stream not ignored', (c) => c.log('thrown'),
  () => [{ stdout: { write() { throw new Error('EPIPE'); } }, ignoreErrors: false }]);

// One write per call, whatever the call.
compare('one write per call', (c) => {
  c.log('a\nb\nc', { x: 'y\nz' });
  c.table([{ a: 1 }, { a: 2 }]);
  c.group('group title');
  c.log('x\ny');
  c.dir(new Map([[1, { a: 'b\nc' }]]));
});

// formatTime against node's own.
let nodeFormatTime;
try {
  ({ formatTime: nodeFormatTime } = require('internal/console/constructor'));
} catch {}
if (nodeFormatTime) {
  for (const ms of [0, 0.0001, 0.0005, 0.001, 1, 1.23456, 999.9994, 999.9995, 999.9996, 1000, 1234.5678,
    59999.9994, 59999.9996, 60000, 61234.567, 3599999.9996, 3600000, 3661001, 86400000 * 3, 1e12]) {
    checked++;
    const a = nodeFormatTime(ms);
    const b = ours.formatTime(ms);
    if (a !== b) {
      mismatches++;
      console.log(`MISMATCH formatTime(${ms}) node ${a} ours ${b}`);
    }
  }
}

console.log(`\n${checked} checks, ${mismatches} mismatch${mismatches === 1 ? '' : 'es'}`);
process.exitCode = mismatches === 0 ? 0 : 1;
