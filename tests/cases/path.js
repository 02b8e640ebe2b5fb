'use strict';
// path.posix and path.win32, including the edge cases of '', '..' and trailing separators.
const path = require('path');
const { posix, win32 } = path;

const show = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

console.log(path === posix, path.posix === posix, posix.posix === posix, win32.win32 === win32, posix.win32 === win32);
console.log(JSON.stringify([posix.sep, posix.delimiter, win32.sep, win32.delimiter]));
console.log(require('path/posix') === posix, require('path/win32') === win32, require('node:path') === path);

const joins = [
  [], [''], ['', ''], ['.'], ['..'], ['/'], ['a'], ['a', 'b'], ['/a', 'b/', '/c/'], ['a', '..'], ['a', '../..'],
  ['a/', ''], ['', '/a'], ['/', '..', '..'], ['./', './'], ['a/b', '../../../c'], ['foo', '', 'bar'], [' ', 'x'],
  ['/foo', 'bar', 'baz/asdf', 'quux', '..'], ['a//b', '//c'],
];
for (const args of joins) show(`posix.join${JSON.stringify(args)}`, () => posix.join(...args));
for (const args of [...joins, ['C:', 'a'], ['C:\\', '..'], ['\\\\server', 'share'], ['//server/share', 'x'], ['\\\\', 'a'], ['c:', 'file'], ['', '//x'], ['//', 'a'], ['a\\b', '..\\c']]) {
  show(`win32.join${JSON.stringify(args)}`, () => win32.join(...args));
}
show('posix.join(null)', () => posix.join('a', null));
show('posix.join({})', () => posix.join({}));

const norms = ['', '.', '..', '/', '//', '///a//b/', './a/./b/.', 'a/../..', '/..', '/../a', 'a/b/../../..', 'foo/bar//baz/asdf/quux/..', 'a/', '../../a/', './', 'bar/../', '/a/b/c/../../../..'];
for (const p of norms) show(`posix.normalize(${JSON.stringify(p)})`, () => posix.normalize(p));
for (const p of [...norms, 'C:', 'C:\\', 'C:..\\..\\x', 'c:/a/../b', '\\\\server\\share', '\\\\server\\share\\', '//server/share/a/..', '\\\\?\\C:\\a\\..\\b', 'C:\\temp\\\\foo\\bar\\..\\', '\\\\.\\pipe\\x', 'a:b', '\\']) {
  show(`win32.normalize(${JSON.stringify(p)})`, () => win32.normalize(p));
}
show('normalize(1)', () => posix.normalize(1));

// win32 paths resolve against the cwd's depth, so fix it: results must not depend on where the
// checkout lives.
process.chdir('/usr');
const cwd = process.cwd();
const rel = (p) => (typeof p === 'string' && p.startsWith(cwd) ? '<cwd>' + p.slice(cwd.length) : p);
for (const args of [[], [''], ['/'], ['/a', 'b'], ['/a', '/b'], ['a', '../b', 'c'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'], ['/a/', '..', '..', '..'], ['.', '']]) {
  show(`posix.resolve${JSON.stringify(args)}`, () => rel(posix.resolve(...args)));
}
for (const args of [['C:\\a', 'b'], ['C:\\', '..'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'], ['\\\\server\\share', 'x'], ['C:\\foo', 'D:\\bar', 'baz'], ['c:/blah\\blah', 'd:/games', 'c:../a'], ['\\\\.\\PHYSICALDRIVE0']]) {
  show(`win32.resolve${JSON.stringify(args)}`, () => win32.resolve(...args));
}

const rels = [
  ['/a/b', '/a/b'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/a/b', '/c/d'], ['/', '/a'], ['/a', '/'], ['/page1/page2/foo', '/'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/', '/var/lib'], ['/a//b/', '/a/b/c//'],
];
for (const [a, b] of rels) show(`posix.relative(${a}, ${b})`, () => posix.relative(a, b));
for (const [a, b] of [['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['C:\\ABC', 'c:\\abc\\def'], ['C:', 'C:\\x']]) {
  show(`win32.relative(${a}, ${b})`, () => win32.relative(a, b));
}

const names = ['', '/', '//', 'a', '/a', 'a/', '/a/b/', '/a/b//', '.', '..', '.a', 'a.', 'a.b.c', '/x/.hidden', '/x/file.tar.gz', 'a/..', '/a/b.', '..js', 'file.', '.profile.sh', '//a', 'a//'];
for (const p of names) {
  show(`posix.dir/base/ext(${JSON.stringify(p)})`, () => [posix.dirname(p), posix.basename(p), posix.extname(p)]);
}
for (const p of [...names, 'C:', 'C:\\', 'C:\\a', 'C:a', 'C:a\\b.txt', '\\\\server\\share', '\\\\server\\share\\x.y', '\\\\server', 'a\\b\\', 'c:\\x/y.z', '\\a', 'file:stream', 'C:\\foo.\\', '\\\\?\\C:\\x.y']) {
  show(`win32.dir/base/ext(${JSON.stringify(p)})`, () => [win32.dirname(p), win32.basename(p), win32.extname(p)]);
}
for (const [p, e] of [['/a/b.html', '.html'], ['/a/b.html', 'html'], ['/a/b.html', 'b.html'], ['/a/b.html', '.HTML'], ['aaa/bbb', 'bbb'], ['aaa/bbb', 'a/bbb'], ['/aaa/bbb//', 'bbb'], ['a.js/', '.js'], ['.js', '.js'], ['js', '.js'], ['', ''], ['abc', '']]) {
  show(`posix.basename(${p}, ${e})`, () => posix.basename(p, e));
  show(`win32.basename(${p}, ${e})`, () => win32.basename(p.replace(/\//g, '\\'), e));
}
show('win32.basename(C:\\a.HTML, .html)', () => win32.basename('C:\\a.HTML', '.html'));
show('basename(1)', () => posix.basename(1));
show('basename(x, 1)', () => posix.basename('x', 1));
show('extname(undefined)', () => posix.extname());
show('dirname(null)', () => win32.dirname(null));

const parses = ['', '/', '/home/user/dir/file.txt', 'file', '.file', '/a/b/', './x.y.z', '..', '/..', '//x', 'a.b/c.d/'];
for (const p of parses) show(`posix.parse(${JSON.stringify(p)})`, () => posix.parse(p));
for (const p of [...parses, 'C:\\path\\dir\\file.txt', 'C:', 'C:\\', 'C:abc', '\\\\server\\share\\x\\y.z', '\\\\server\\share', 'c:/a/b.', '\\', 'C:\\.\\x.']) {
  show(`win32.parse(${JSON.stringify(p)})`, () => win32.parse(p));
}
const formats = [
  { root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' }, { name: 'x', ext: 'txt' }, { dir: 'a' }, {}, { root: '/' }, { dir: '/', base: 'x' },
  { root: 'r', dir: 'r', base: 'b' }, { dir: 'C:\\x', name: 'n', ext: '.e' }, { name: 'n', ext: '' },
];
for (const f of formats) {
  show(`posix.format(${JSON.stringify(f)})`, () => posix.format(f));
  show(`win32.format(${JSON.stringify(f)})`, () => win32.format(f));
}
show('format(null)', () => posix.format(null));
show('format("x")', () => posix.format('x'));
show('roundtrip', () => posix.format(posix.parse('/a/b/c.d')));

for (const p of ['', '/', 'a', '/a', './a', '//a', '.', '..', 'C:\\', 'C:', 'C:a', 'c:/a', '\\\\x', '\\a', 'a\\b', '\\\\?\\c:']) {
  show(`isAbsolute(${JSON.stringify(p)})`, () => [posix.isAbsolute(p), win32.isAbsolute(p)]);
}
for (const p of ['', 'a', '/a', 'C:\\a', 'C:', 'c:/a/b', '\\\\server\\share\\f', '//server/share/f', '\\\\?\\C:\\x', '\\\\.\\pipe', 'rel\\x', null, 1, {}]) {
  show(`toNamespacedPath(${JSON.stringify(p)})`, () => [posix.toNamespacedPath(p), win32.toNamespacedPath(p)]);
}
console.log(path._makeLong === path.toNamespacedPath, win32._makeLong === win32.toNamespacedPath);
console.log(Object.keys(posix).join(','));
console.log(Object.keys(win32).join(','));

// matchesGlob (experimental in node 20: one warning).
const globs = [
  ['a/b.js', 'a/*.js'], ['a/b/c.js', 'a/*.js'], ['a/b/c.js', 'a/**/*.js'], ['a/c.js', 'a/**/*.js'], ['.hidden', '*'], ['a/.b', 'a/*'],
  ['x.ts', '*.{js,ts}'], ['x.md', '*.{js,ts}'], ['file1', 'file?'], ['file10', 'file?'], ['b', '[abc]'], ['d', '[!abc]'], ['!x', '!x'],
  ['#c', '#c'], ['a/b', 'a\\b'], ['A.JS', '*.js'], ['ab', '+(a|b)'], ['a/b/', 'a/*/'], ['/abs/x', '/abs/*'], ['', '*'], ['x1', 'x[0-9]'],
];
for (const [p, g] of globs) show(`matchesGlob(${p}, ${g})`, () => [posix.matchesGlob(p, g), win32.matchesGlob(p, g)]);
show('win32 backslash path', () => win32.matchesGlob('a\\b\\c.js', 'a/**/*.js'));
show('matchesGlob(1)', () => posix.matchesGlob(1, '*'));
show('matchesGlob(x, null)', () => posix.matchesGlob('x', null));
console.log(typeof posix.join.prototype, typeof posix.matchesGlob.prototype, posix.matchesGlob.name, win32.matchesGlob.length);
console.log(require('util').inspect(path, { depth: 0 }));
