'use strict';
// Compares host/js/path.js with node's path module: every function of path.posix
// and path.win32 on a curated list of corner cases plus tens of thousands of
// generated paths (seeded, so runs are repeatable), from two working directories,
// and the errors thrown for non-string arguments.
//
//   node tools/jsdev/check-path.js [--seed N] [--count N]
//
// Prints each mismatch and exits 1 if there is any.

const util = require('util');
const nodePath = require('path');
const { load, bindings } = require('./load.js');

bindings.cwd = () => process.cwd();
const ours = load('path');

const argv = process.argv.slice(2);
const option = (name, def) => {
  const i = argv.indexOf(name);
  return i === -1 ? def : Number(argv[i + 1]);
};
const SEED = option('--seed', 20240611);
const COUNT = option('--count', 4000);
const MAX_PRINTED = Number(process.env.MAX_PRINTED) || 300;

let checks = 0;
const mismatches = [];

function show(v) {
  return util.inspect(v, { breakLength: Infinity, depth: 3 });
}

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (err) {
    return { threw: `${err.name} [${err.code}]: ${err.message}` };
  }
}

function compare(what, ourFn, nodeFn) {
  checks++;
  const o = outcome(ourFn);
  const n = outcome(nodeFn);
  if (!util.isDeepStrictEqual(o, n)) {
    mismatches.push(what);
    if (mismatches.length <= MAX_PRINTED) {
      console.log(`MISMATCH ${what}\n  ours: ${show(o)}\n  node: ${show(n)}`);
    }
  }
}

// ---- inputs --------------------------------------------------------------------

let state = SEED >>> 0;
function random() {
  // xorshift32: deterministic across runs and engines.
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const tokens = [
  '/', '/', '/', '\\', '\\', '\\', '.', '..', '...', 'a', 'b', 'foo', 'bar.js', '.x', 'x.', 'a.b.c', 'C:', 'c:',
  'Z:', ':', '?', '.', 'UNC', 'server', 'share', ' ', 'é', 'İ', 'ß', 'ǅ', '//', '\\\\', '.git', 'node_modules',
  '1', 'A', 'B', 'Foo', 'FOO', '%', '*', '..\\', '../', '\\.\\', '\\?\\', '\\\\?\\', '\\\\.\\', 'C:\\', 'c:/',
  'CON', 'con:', 'NUL:', 'COM1', 'COM0:', 'LPT\u00b9:', 'aux', 'PRN:', 'COM9:', 'CONIN$:', 'LPT10:',
];
function randomPath() {
  const n = Math.floor(random() * 8);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(tokens);
  return s;
}

const curated = [
  '', '.', '..', '...', '/', '//', '///', '////a', '/a', '//a', '///a', 'a', 'a/', 'a//', '/a/', '/a//', '/a//b',
  'a/b', 'a//b', '/a/b/c/', './', './a', '../a', 'a/..', 'a/../', '/..', '/../a', '/a/../..', 'a/../..',
  '.a', '..a', 'a.', 'a..', '.a.', '.a.b', 'a.b.', 'a/.b', 'a/b.c/', 'a/b.c//', '/.', '/./', '/..', '/.../',
  'foo.js', '/foo/bar/baz.js', 'foo/bar.tar.gz', '\\', '\\\\', '\\\\\\', 'C:', 'C:\\', 'C:/', 'C:\\\\', 'c:',
  'C:.', 'C:..', 'C:a', 'C:\\a', 'C:/a/b', 'C:\\a\\..\\..', 'C:a\\..\\..', '\\a', '\\\\a', '\\\\a\\', '\\\\a\\b',
  '\\\\a\\b\\', '\\\\a\\b\\c', '\\\\a\\\\b\\c', '\\\\a\\b\\\\c', '//a/b', '//a/b/', '//a/b/c', '\\\\?\\C:\\a',
  '\\\\.\\PHYSICALDRIVE0', '\\\\.\\pipe\\x', '\\\\?\\UNC\\server\\share', '\\\\server\\share\\dir\\file.txt',
  'file:stream', 'a:b', 'a\\..\\c:x', 'a/../c:', './c:', 'c:\\..\\..', 'C:foo\\..\\bar', '\\\\\\a\\b', 'C:\\a.',
  '.\\a', '..\\a', 'a\\b\\..\\..\\..', 'C:\\a\\b\\', '\\\\server', '\\\\server\\', 'A:', 'é/ü', 'İ\\ı',
];

const nonStrings = [undefined, null, 1, true, {}, [], () => {}, Symbol('s'), 1n];

// ---- per-platform checks -----------------------------------------------------------

function checkPlatform(name, o, n, inputs) {
  const label = (fn, args) => `${name}.${fn}(${args.map((a) => show(a)).join(', ')})`;
  const call = (fn, ...args) => compare(label(fn, args), () => o[fn](...args), () => n[fn](...args));

  for (const p of inputs) {
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
      call(fn, p);
    }
    call('resolve', p);
    const q = pick(inputs);
    call('resolve', q, p);
    call('resolve', pick(inputs), q, p);
    call('join', p);
    call('join', p, q);
    call('join', q, p, pick(inputs), pick(inputs));
    call('relative', p, q);
    call('relative', q, p);
    const base = n.basename(p);
    for (const suffix of [base.slice(1), base.slice(-1), base.slice(-3), base, n.extname(p), p, '', pick(tokens),
      `${base}x`]) {
      call('basename', p, suffix);
    }
    const parsed = n.parse(p);
    call('format', parsed);
    const obj = {};
    for (const key of ['root', 'dir', 'base', 'name', 'ext']) {
      if (random() < 0.5) obj[key] = pick([pick(inputs), pick(tokens), '', undefined, 'js', '.js']);
    }
    call('format', obj);
  }

  call('resolve');
  call('join');
  call('join', '', '');
  call('resolve', '', '');
  for (const bad of nonStrings) {
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
      call(fn, bad);
    }
    call('basename', 'a', bad);
    call('resolve', bad);
    call('resolve', 'a', bad);
    call('resolve', bad, '/abs');
    call('resolve', bad, 'C:\\abs');
    call('join', 'a', bad);
    call('relative', bad, 'a');
    call('relative', 'a', bad);
    call('format', bad);
  }
  for (const key of ['sep', 'delimiter']) compare(`${name}.${key}`, () => o[key], () => n[key]);
  compare(`${name} keys`, () => Object.keys(o).filter((k) => k !== 'matchesGlob').sort(),
    () => Object.keys(n).filter((k) => k !== 'matchesGlob').sort());
  for (const key of Object.keys(n)) {
    if (typeof n[key] === 'function' && key !== 'matchesGlob') {
      compare(`${name}.${key}: name and length`, () => [o[key].name, o[key].length], () => [n[key].name, n[key].length]);
    }
  }
  compare(`${name}.posix/win32 links`, () => [o.posix === ours.posix, o.win32 === ours.win32],
    () => [n.posix === nodePath.posix, n.win32 === nodePath.win32]);
}

const generated = [];
for (let i = 0; i < COUNT; i++) generated.push(randomPath());
const inputs = [...curated, ...generated];

const startDir = process.cwd();
for (const dir of [startDir, '/']) {
  process.chdir(dir);
  checkPlatform(`posix@${dir}`, ours.posix, nodePath.posix, inputs);
  checkPlatform(`win32@${dir}`, ours.win32, nodePath.win32, inputs);
}
process.chdir(startDir);
compare('path === path.posix', () => ours === ours.posix, () => nodePath === nodePath.posix);

console.log(`${checks - mismatches.length} passed, ${mismatches.length} failed`);
if (mismatches.length > MAX_PRINTED) console.log(`(${mismatches.length - MAX_PRINTED} further mismatches not shown)`);
process.exit(mismatches.length ? 1 : 0);
