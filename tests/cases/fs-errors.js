// fs errors: the code/errno/syscall/path/dest properties and messages of the
// system errors (ENOENT, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EBADF, ELOOP...) in
// the sync, callback and promise forms, and argument errors (types, flags,
// modes, encodings, null bytes, callbacks). Paths are printed relative to a
// temporary directory.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-fse-'));
const P = (...parts) => path.join(dir, ...parts);
// mkdtemp's failed template shows random letters in node's asynchronous forms.
const clean = (s) => (typeof s === 'string' ? s.split(dir).join('<DIR>').replace(/x-[A-Za-z0-9]{6}/g, 'x-??????') : s);
const describe = (e) => [e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message),
  Object.keys(e).join(',')].join(' | ');
const log = (...a) => console.log(...a);

fs.writeFileSync(P('file.txt'), 'data');
fs.mkdirSync(P('dir'));
fs.mkdirSync(P('full'));
fs.writeFileSync(P('full', 'inner'), 'x');
fs.symlinkSync(P('loop-a'), P('loop-b'));
fs.symlinkSync(P('loop-b'), P('loop-a'));

const cases = [
  ['readFile missing', 'readFile', [P('missing')]],
  ['readFile dir', 'readFile', [P('dir')]],
  ['readFile through file', 'readFile', [P('file.txt', 'x')]],
  ['writeFile into missing dir', 'writeFile', [P('nodir', 'f'), 'x']],
  ['writeFile dir', 'writeFile', [P('dir'), 'x']],
  ['appendFile dir', 'appendFile', [P('dir'), 'x']],
  ['open wx existing', 'open', [P('file.txt'), 'wx']],
  ['open missing', 'open', [P('missing'), 'r']],
  ['open loop', 'open', [P('loop-a'), 'r']],
  ['stat missing', 'stat', [P('missing')]],
  ['lstat missing', 'lstat', [P('missing')]],
  ['stat through file', 'stat', [P('file.txt', 'sub')]],
  ['mkdir existing', 'mkdir', [P('dir')]],
  ['mkdir existing file', 'mkdir', [P('file.txt')]],
  ['mkdir missing parent', 'mkdir', [P('a', 'b')]],
  ['mkdir recursive through file', 'mkdir', [P('file.txt', 'sub'), { recursive: true }]],
  ['rmdir missing', 'rmdir', [P('missing')]],
  ['rmdir not empty', 'rmdir', [P('full')]],
  ['rmdir file', 'rmdir', [P('file.txt')]],
  ['rm missing', 'rm', [P('missing')]],
  ['rm dir without recursive', 'rm', [P('dir')]],
  ['unlink missing', 'unlink', [P('missing')]],
  ['unlink dir', 'unlink', [P('dir')]],
  ['readdir missing', 'readdir', [P('missing')]],
  ['readdir file', 'readdir', [P('file.txt')]],
  ['rename missing', 'rename', [P('missing'), P('other')]],
  ['rename dir onto non-empty dir', 'rename', [P('dir'), P('full')]],
  ['rename dir onto file', 'rename', [P('dir'), P('file.txt')]],
  ['copyFile missing', 'copyFile', [P('missing'), P('copy')]],
  ['copyFile EXCL', 'copyFile', [P('file.txt'), P('full', 'inner'), fs.constants.COPYFILE_EXCL]],
  ['copyFile onto dir', 'copyFile', [P('file.txt'), P('dir')]],
  ['symlink existing', 'symlink', [P('file.txt'), P('loop-a')]],
  ['link existing', 'link', [P('file.txt'), P('full', 'inner')]],
  ['link missing', 'link', [P('missing'), P('new-link')]],
  ['readlink not a link', 'readlink', [P('file.txt')]],
  ['readlink missing', 'readlink', [P('missing')]],
  ['realpath missing', 'realpath', [P('missing')]],
  ['realpath loop', 'realpath', [P('loop-a')]],
  ['access missing', 'access', [P('missing')]],
  ['chmod missing', 'chmod', [P('missing'), 0o644]],
  ['truncate missing', 'truncate', [P('missing')]],
  ['truncate dir', 'truncate', [P('dir')]],
  ['utimes missing', 'utimes', [P('missing'), 1, 1]],
  ['mkdtemp missing parent', 'mkdtemp', [P('nope', 'x-')]],
  ['close bad fd', 'close', [999999]],
  ['fstat bad fd', 'fstat', [999999]],
  ['ftruncate bad fd', 'ftruncate', [999999]],
];

function sync() {
  for (const [label, name, args] of cases) {
    try {
      fs[`${name}Sync`](...args);
      log('sync', label, 'no error');
    } catch (e) {
      log('sync', label, '|', describe(e));
    }
  }
}

async function callbacks() {
  for (const [label, name, args] of cases) {
    await new Promise((resolve) => {
      fs[name](...args, (e) => {
        log('callback', label, '|', e ? describe(e) : 'no error');
        resolve();
      });
    });
  }
}

async function promises() {
  for (const [label, name, args] of cases) {
    if (!fsp[name]) continue;
    try {
      await fsp[name](...args);
      log('promise', label, 'no error');
    } catch (e) {
      log('promise', label, '|', describe(e));
    }
  }
}

function argumentErrors() {
  for (const [label, fn] of [
    ['path number', () => fs.readFileSync(true)],
    ['path object', () => fs.statSync({})],
    ['path null byte', () => fs.statSync('a\0b')],
    ['path undefined', () => fs.existsSync() || fs.statSync()],
    ['url scheme', () => fs.readFileSync(new URL('http://example.com/x'))],
    ['url host', () => fs.readFileSync(new URL('file://host/x'))],
    ['flags', () => fs.openSync(P('file.txt'), 'nope')],
    ['flags type', () => fs.openSync(P('file.txt'), {})],
    ['mode string', () => fs.openSync(P('file.txt'), 'r', '8')],
    ['mode negative', () => fs.chmodSync(P('file.txt'), -1)],
    ['mode object', () => fs.mkdirSync(P('m'), { mode: {} })],
    ['encoding', () => fs.readFileSync(P('file.txt'), 'nope')],
    ['encoding option', () => fs.readFileSync(P('file.txt'), { encoding: 'nope' })],
    ['options type', () => fs.readFileSync(P('file.txt'), 42)],
    ['recursive type', () => fs.mkdirSync(P('m'), { recursive: 'yes' })],
    ['writeFile data', () => fs.writeFileSync(P('w'), 42)],
    ['writeFile data object', () => fs.writeFileSync(P('w'), { toString: () => 'x' })],
    ['fd type', () => fs.fstatSync('1')],
    ['fd negative', () => fs.closeSync(-1)],
    ['fd float', () => fs.closeSync(1.5)],
    ['callback missing', () => fs.readFile(P('file.txt'))],
    ['callback not function', () => fs.stat(P('file.txt'), 'nope')],
    ['read buffer', () => fs.readSync(0, 'str')],
    ['read offset', () => fs.readSync(0, Buffer.alloc(4), 5, 1, 0)],
    ['read length', () => fs.readSync(0, Buffer.alloc(4), 0, 5, 0)],
    ['write buffer', () => fs.writeSync(1, 42)],
    ['copyFile mode', () => fs.copyFileSync(P('file.txt'), P('c'), 'x')],
    ['truncate len', () => fs.truncateSync(P('file.txt'), 'x')],
    ['utimes time', () => fs.utimesSync(P('file.txt'), 'x', 1)],
    ['access mode', () => fs.accessSync(P('file.txt'), 'x')],
    ['mkdtemp prefix', () => fs.mkdtempSync(42)],
    ['rm options', () => fs.rmSync(P('missing'), { force: 'yes' })],
    ['rm maxRetries', () => fs.rmSync(P('missing'), { maxRetries: -1 })],
    ['symlink type', () => fs.symlinkSync(P('file.txt'), P('s'), 42)],
  ]) {
    try {
      const r = fn();
      log('args', label, 'no error', r);
    } catch (e) {
      log('args', label, '|', e.name, e.code, clean(e.message));
    }
  }
}

(async () => {
  sync();
  await callbacks();
  await promises();
  argumentErrors();
  // A callback that throws is an uncaught exception, not a swallowed error.
  process.once('uncaughtException', (e) => {
    log('uncaught from callback', e.message);
    fs.rmSync(dir, { recursive: true, force: true });
    log('cleaned', fs.existsSync(dir));
  });
  fs.stat(P('file.txt'), () => {
    throw new Error('thrown in callback');
  });
})();
