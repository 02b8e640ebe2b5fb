// fs beyond the basics: mkdtemp, rm/rmdir recursive and force, symlinks,
// readlink/realpath, chmod and mode bits, truncate/ftruncate, utimes with exact
// times, copyFile flags, rename, access modes, opendir/Dir, readdir withFileTypes
// and recursive, appendFile, fd reads and writes at positions, readv/writev,
// stat options, and fs.promises FileHandle methods. Paths print relative to a
// temporary directory.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const log = (...a) => console.log(...a);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-fsx-'));
const P = (...parts) => path.join(tmp, ...parts);
const rel = (p) => path.relative(tmp, String(p)) || '.';
const attempt = (label, fn) => {
  try {
    log(label, fn());
  } catch (e) {
    log(label, 'throws', e.code, String(e.message).split(tmp).join('<DIR>'));
  }
};

log('mkdtemp', /^jsrig-fsx-[A-Za-z0-9]{6}$/.test(path.basename(tmp)), fs.statSync(tmp).isDirectory(), (fs.statSync(tmp).mode & 0o777).toString(8));
const t2 = fs.mkdtempSync(P('sub-'), 'buffer');
log('mkdtemp buffer', Buffer.isBuffer(t2), /^sub-.{6}$/.test(path.basename(t2.toString())));
fs.rmdirSync(t2);

// Modes.
fs.writeFileSync(P('mode.txt'), 'x', { mode: 0o640 });
log('created mode', (fs.statSync(P('mode.txt')).mode & 0o777).toString(8));
for (const m of [0o755, '600', 0o400, 0o644]) {
  fs.chmodSync(P('mode.txt'), m);
  const st = fs.statSync(P('mode.txt'));
  log('chmod', String(m), (st.mode & 0o777).toString(8), st.isFile(), (st.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
}
fs.mkdirSync(P('modedir'), 0o700);
log('mkdir mode', (fs.statSync(P('modedir')).mode & 0o777).toString(8), (fs.statSync(P('modedir')).mode & fs.constants.S_IFMT) === fs.constants.S_IFDIR);
const fd0 = fs.openSync(P('mode.txt'), 'r');
fs.fchmodSync(fd0, 0o600);
log('fchmod', (fs.fstatSync(fd0).mode & 0o777).toString(8));
fs.closeSync(fd0);

// access (a mode that answers the same for root and other users)
fs.chmodSync(P('mode.txt'), 0o600);
for (const [name, m] of [['F_OK', fs.constants.F_OK], ['R_OK', fs.constants.R_OK], ['R_OK|W_OK', fs.constants.R_OK | fs.constants.W_OK], ['X_OK', fs.constants.X_OK]]) {
  attempt(`access ${name}`, () => fs.accessSync(P('mode.txt'), m));
}
attempt('access missing', () => fs.accessSync(P('nope')));
attempt('access mode range', () => fs.accessSync(P('mode.txt'), 8));
fs.chmodSync(P('mode.txt'), 0o644);

// truncate / ftruncate
fs.writeFileSync(P('t.txt'), 'hello world');
fs.truncateSync(P('t.txt'), 5);
log('truncate', JSON.stringify(fs.readFileSync(P('t.txt'), 'utf8')));
fs.truncateSync(P('t.txt'), 8);
log('truncate grows', JSON.stringify(fs.readFileSync(P('t.txt'), 'latin1')));
fs.truncateSync(P('t.txt'));
log('truncate default', fs.statSync(P('t.txt')).size);
const fdT = fs.openSync(P('t.txt'), 'r+');
fs.writeSync(fdT, 'abcdef');
fs.ftruncateSync(fdT, 3);
log('ftruncate', fs.fstatSync(fdT).size, fs.readFileSync(P('t.txt'), 'utf8'));
fs.ftruncateSync(fdT, -5);
log('ftruncate negative', fs.fstatSync(fdT).size);
fs.closeSync(fdT);
attempt('truncate float', () => fs.truncateSync(P('t.txt'), 1.5));

// utimes: seconds, Dates, numeric strings
fs.utimesSync(P('t.txt'), 1e9, new Date('2001-02-03T04:05:06.789Z'));
let st = fs.statSync(P('t.txt'));
log('utimes', st.atimeMs, st.atime.toISOString(), st.mtimeMs, st.mtime.toISOString());
fs.utimesSync(P('t.txt'), '1234567890', 1234567890.5);
st = fs.statSync(P('t.txt'));
log('utimes strings', st.atimeMs, st.mtimeMs, st.mtime.getUTCMilliseconds());
const fdU = fs.openSync(P('t.txt'), 'r');
fs.futimesSync(fdU, 100, 200);
log('futimes', fs.fstatSync(fdU).atimeMs, fs.fstatSync(fdU).mtimeMs);
fs.closeSync(fdU);
const big = fs.statSync(P('t.txt'), { bigint: true });
log('bigint stat', typeof big.size, typeof big.mtimeMs, big.mtimeMs, big.mtimeNs, typeof big.mode, big.isFile());
attempt('utimes NaN', () => fs.utimesSync(P('t.txt'), NaN, 1));
log('stat throwIfNoEntry', fs.statSync(P('missing'), { throwIfNoEntry: false }), fs.lstatSync(P('missing', 'deeper'), { throwIfNoEntry: false }));

// copyFile
fs.writeFileSync(P('src.txt'), 'source');
fs.copyFileSync(P('src.txt'), P('dst.txt'));
attempt('copyFile EXCL', () => fs.copyFileSync(P('src.txt'), P('dst.txt'), fs.constants.COPYFILE_EXCL));
fs.copyFileSync(P('src.txt'), P('dst2.txt'), fs.constants.COPYFILE_EXCL);
log('copyFile', fs.readFileSync(P('dst2.txt'), 'utf8'));
attempt('copyFile mode range', () => fs.copyFileSync(P('src.txt'), P('dst3.txt'), 8));
attempt('copyFile mode type', () => fs.copyFileSync(P('src.txt'), P('dst3.txt'), 'x'));
fs.chmodSync(P('src.txt'), 0o600);
fs.copyFileSync(P('src.txt'), P('dst4.txt'));
log('copyFile keeps mode', (fs.statSync(P('dst4.txt')).mode & 0o777).toString(8));

// rename
fs.renameSync(P('dst.txt'), P('renamed.txt'));
log('rename', fs.existsSync(P('dst.txt')), fs.readFileSync(P('renamed.txt'), 'utf8'));
fs.renameSync(P('renamed.txt'), P('dst2.txt'));
log('rename over', fs.readFileSync(P('dst2.txt'), 'utf8'), fs.existsSync(P('renamed.txt')));
fs.mkdirSync(P('d1/inner'), { recursive: true });
fs.renameSync(P('d1'), P('d2'));
log('rename dir', fs.existsSync(P('d2/inner')));

// symlinks
fs.symlinkSync('src.txt', P('rel-link'));
fs.symlinkSync(P('d2'), P('dir-link'), 'dir');
fs.symlinkSync(P('nowhere'), P('dangling'));
log('readlink', fs.readlinkSync(P('rel-link')), rel(fs.readlinkSync(P('dir-link'))), Buffer.isBuffer(fs.readlinkSync(P('rel-link'), 'buffer')));
log('lstat', fs.lstatSync(P('rel-link')).isSymbolicLink(), fs.statSync(P('rel-link')).isFile(), fs.lstatSync(P('dangling')).isSymbolicLink(),
  fs.existsSync(P('dangling')), fs.statSync(P('dir-link')).isDirectory());
log('realpath', rel(fs.realpathSync(P('rel-link'))), rel(fs.realpathSync(P('dir-link', 'inner'))), rel(fs.realpathSync(P('d2', '..', 'src.txt'))),
  rel(fs.realpathSync.native(P('rel-link'))), typeof fs.realpath.native);
attempt('realpath dangling', () => fs.realpathSync(P('dangling')));
attempt('symlink bad type', () => fs.symlinkSync('x', P('s2'), 'bogus'));
fs.linkSync(P('src.txt'), P('hard'));
log('hard link', fs.statSync(P('hard')).nlink, fs.statSync(P('src.txt')).ino === fs.statSync(P('hard')).ino);
fs.lutimesSync(P('rel-link'), 5, 6);
log('lutimes', fs.lstatSync(P('rel-link')).mtimeMs, fs.statSync(P('rel-link')).mtimeMs !== 6000);

// readdir
fs.mkdirSync(P('tree/a/b'), { recursive: true });
fs.writeFileSync(P('tree/top.txt'), '');
fs.writeFileSync(P('tree/a/mid.txt'), '');
fs.writeFileSync(P('tree/a/b/deep.txt'), '');
fs.symlinkSync(P('tree/a'), P('tree/link-to-a'));
const kind = (d) => (d.isFile() ? 'file' : d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'link' : '?');
log('readdir', fs.readdirSync(P('tree')).sort());
log('withFileTypes', fs.readdirSync(P('tree'), { withFileTypes: true }).map((d) => `${d.name}:${kind(d)}:${rel(d.parentPath)}:${rel(d.path)}`).sort());
log('recursive', fs.readdirSync(P('tree'), { recursive: true }).sort());
log('recursive dirents', fs.readdirSync(P('tree'), { recursive: true, withFileTypes: true }).map((d) => `${rel(d.parentPath)}/${d.name}:${kind(d)}`).sort());
log('buffer names', fs.readdirSync(P('tree'), 'buffer').every(Buffer.isBuffer), fs.readdirSync(P('tree'), { encoding: 'buffer', withFileTypes: true }).every((d) => Buffer.isBuffer(d.name)));
log('Dirent', fs.readdirSync(P('tree'), { withFileTypes: true })[0] instanceof fs.Dirent, Object.keys(fs.readdirSync(P('tree'), { withFileTypes: true })[0]));

// opendir
const dir = fs.opendirSync(P('tree'));
const names = [];
let ent;
while ((ent = dir.readSync()) !== null) names.push(`${ent.name}:${kind(ent)}`);
log('opendir', rel(dir.path), names.sort(), dir instanceof fs.Dir);
dir.closeSync();
attempt('read after close', () => dir.readSync());
attempt('close twice', () => dir.closeSync());
attempt('opendir missing', () => fs.opendirSync(P('missing')));
// (not a bad bufferSize: node opens the directory first and leaks the handle,
// warning about it whenever the collector runs)

// appendFile
fs.appendFileSync(P('log.txt'), 'one\n');
fs.appendFileSync(P('log.txt'), Buffer.from('two\n'));
fs.appendFileSync(P('log.txt'), '74687265650a', 'hex');
const fdA = fs.openSync(P('log.txt'), 'a');
fs.appendFileSync(fdA, 'four\n');
fs.closeSync(fdA);
log('appendFile', JSON.stringify(fs.readFileSync(P('log.txt'), 'utf8')));

// fd reads and writes at positions
const fd = fs.openSync(P('pos.txt'), 'w+');
log('write at positions', fs.writeSync(fd, 'hello'), fs.writeSync(fd, 'J', 0), fs.writeSync(fd, Buffer.from('XYZ'), 1, 1, 4),
  fs.writeSync(fd, Buffer.from('!!'), { offset: 0, length: 1, position: 5 }), fs.writeSync(fd, '6869', null, 'hex'));
const buf = Buffer.alloc(10);
log('read at positions', fs.readSync(fd, buf, 0, 3, 0), buf.toString('utf8', 0, 3), fs.readSync(fd, buf, { position: 4, length: 2 }),
  buf.toString('utf8', 0, 2), fs.readSync(fd, buf, 2, 4, 100), fs.readSync(fd, buf, 0, 0, 0), fs.readFileSync(P('pos.txt'), 'utf8'));
log('readSync no position continues', fs.readSync(fd, buf, 0, 2, null));
const u16 = new Uint16Array(2);
log('typed array read', fs.readSync(fd, u16, 0, 4, 0), u16.length);
log('writev', fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 0), fs.readFileSync(P('pos.txt'), 'utf8'));
const b1 = Buffer.alloc(2);
const b2 = Buffer.alloc(3);
log('readv', fs.readvSync(fd, [b1, b2], 1), b1.toString(), b2.toString());
attempt('read offset', () => fs.readSync(fd, Buffer.alloc(4), 5, 1, 0));
attempt('read length', () => fs.readSync(fd, Buffer.alloc(4), 0, 5, 0));
attempt('read empty buffer', () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0));
attempt('read position type', () => fs.readSync(fd, Buffer.alloc(2), 0, 1, 'x'));
attempt('write offset', () => fs.writeSync(fd, Buffer.alloc(2), 3));
attempt('write length', () => fs.writeSync(fd, Buffer.alloc(2), 0, 3));
attempt('write odd hex', () => fs.writeSync(fd, 'abc', 0, 'hex'));
attempt('readv type', () => fs.readvSync(fd, 'x'));
attempt('writev type', () => fs.writevSync(fd, ['x']));
fs.closeSync(fd);
attempt('closed fd', () => fs.fstatSync(fd));

// rm / rmdir
fs.mkdirSync(P('rmme/a/b'), { recursive: true });
fs.writeFileSync(P('rmme/a/b/f'), '');
attempt('rmdir non-empty', () => fs.rmdirSync(P('rmme')));
attempt('rm dir', () => fs.rmSync(P('rmme')));
fs.rmSync(P('rmme'), { recursive: true });
log('rm recursive', fs.existsSync(P('rmme')));
fs.rmSync(P('rmme'), { force: true });
fs.rmSync(P('rmme/x/y'), { force: true, recursive: true });
log('rm force missing ok');
fs.rmSync(P('dangling'));
log('rm link', fs.existsSync(P('dir-link')), (() => { fs.rmSync(P('dir-link')); return fs.existsSync(P('d2/inner')); })());
attempt('rm missing', () => fs.rmSync(P('rmme')));
attempt('rm bad option', () => fs.rmSync(P('rmme'), { recursive: 1 }));
fs.mkdirSync(P('empty'));
fs.rmdirSync(P('empty'));
log('rmdir empty', fs.existsSync(P('empty')));

async function promisesApi() {
  const fh = await fsp.open(P('fh.txt'), 'w+');
  log('FileHandle', typeof fh.fd, fh.constructor.name, 'FileHandle' in fsp);
  log('fh.write string', (await fh.write('hello world')).bytesWritten);
  const w = await fh.write(Buffer.from('HELLO'), 0, 5, 0);
  log('fh.write buffer', w.bytesWritten, w.buffer.toString());
  const r = await fh.read(Buffer.alloc(5), 0, 5, 6);
  log('fh.read', r.bytesRead, r.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(3), position: 0 });
  log('fh.read options', r2.bytesRead, r2.buffer.toString());
  const r3 = await fh.read();
  log('fh.read default', r3.bytesRead, r3.buffer.length);
  log('fh.readFile', JSON.stringify(await fh.readFile('utf8')));
  await fh.truncate(5);
  log('fh.stat', (await fh.stat()).size, typeof (await fh.stat({ bigint: true })).size);
  await fh.chmod(0o600);
  await fh.utimes(10, 20);
  log('fh.chmod/utimes', ((await fh.stat()).mode & 0o777).toString(8), (await fh.stat()).mtimeMs);
  await fh.writeFile('rewritten');
  log('fh.writeFile', JSON.stringify(await fsp.readFile(P('fh.txt'), 'utf8')));
  await fh.appendFile(' and appended');
  log('fh.appendFile', JSON.stringify(await fsp.readFile(P('fh.txt'), 'utf8')));
  const wv = await fh.writev([Buffer.from('1'), Buffer.from('2')], 0);
  log('fh.writev', wv.bytesWritten, wv.buffers.length);
  const rv = await fh.readv([Buffer.alloc(2), Buffer.alloc(2)], 0);
  log('fh.readv', rv.bytesRead, rv.buffers.map(String));
  await fh.sync();
  await fh.datasync();
  let closed = 0;
  fh.on('close', () => closed++);
  await fh.close();
  log('fh.close', closed, fh.fd);
  await fh.close();
  try {
    await fh.stat();
  } catch (e) {
    log('closed handle', e.code, e.syscall, e.message);
  }
  const lines = await fsp.open(P('log.txt'));
  const got = [];
  for await (const line of lines.readLines()) got.push(line);
  log('readLines', got);
  const rs = await fsp.open(P('log.txt'));
  const chunks = [];
  for await (const c of rs.createReadStream({ encoding: 'utf8', start: 4 })) chunks.push(c);
  log('fh.createReadStream', JSON.stringify(chunks.join('')));
  log('fsp.stat', (await fsp.stat(P('log.txt'))).size, (await fsp.lstat(P('rel-link'))).isSymbolicLink());
  log('fsp.readdir', (await fsp.readdir(P('tree'))).sort(), (await fsp.readdir(P('tree'), { recursive: true })).length);
  log('fsp.realpath', rel(await fsp.realpath(P('rel-link'))), await fsp.readlink(P('rel-link')));
  await fsp.copyFile(P('src.txt'), P('p-copy.txt'));
  await fsp.rename(P('p-copy.txt'), P('p-moved.txt'));
  await fsp.appendFile(P('p-moved.txt'), '+');
  log('fsp.copy/rename/append', await fsp.readFile(P('p-moved.txt'), 'utf8'));
  await fsp.chmod(P('p-moved.txt'), 0o640);
  await fsp.utimes(P('p-moved.txt'), 1, 2);
  log('fsp.chmod/utimes', ((await fsp.stat(P('p-moved.txt'))).mode & 0o777).toString(8), (await fsp.stat(P('p-moved.txt'))).mtimeMs);
  await fsp.truncate(P('p-moved.txt'), 2);
  log('fsp.truncate', await fsp.readFile(P('p-moved.txt'), 'utf8'));
  log('fsp.access', await fsp.access(P('p-moved.txt')), await fsp.access(P('p-moved.txt'), fs.constants.R_OK));
  log('fsp.mkdtemp', path.basename(await fsp.mkdtemp(P('pt-'))).length);
  log('fsp.mkdir recursive', rel(await fsp.mkdir(P('pm/a/b'), { recursive: true })), await fsp.mkdir(P('pm/a/b'), { recursive: true }));
  await fsp.symlink('src.txt', P('p-link'));
  await fsp.link(P('src.txt'), P('p-hard'));
  await fsp.unlink(P('p-hard'));
  await fsp.rm(P('pm'), { recursive: true });
  await fsp.rmdir(fs.readdirSync(tmp).filter((n) => n.startsWith('pt-')).map((n) => P(n))[0]);
  log('fsp cleanup', fs.existsSync(P('pm')), fs.existsSync(P('p-hard')));
  const pd = await fsp.opendir(P('tree'));
  const pnames = [];
  for await (const d of pd) pnames.push(d.name);
  log('fsp.opendir', pnames.sort());
  try {
    await pd.close();
  } catch (e) {
    log('close after iteration', e.code, e.message);
  }
  const cbDir = await new Promise((resolve, reject) => fs.opendir(P('tree'), (err, d) => (err ? reject(err) : resolve(d))));
  const first = await cbDir.read();
  log('Dir.read promise', typeof first.name);
  await new Promise((resolve) => cbDir.read((err, d) => { log('Dir.read callback', err, typeof d.name); resolve(); }));
  await new Promise((resolve) => cbDir.close((err) => { log('Dir.close callback', err); resolve(); }));
}

// The callback forms of fd writes and reads, in their argument shapes.
function asyncFd() {
  return new Promise((resolve) => {
    const fd = fs.openSync(P('fw.txt'), 'w+');
    fs.write(fd, 'hello', (err, n, s) => {
      log('write str', err, n, s);
      fs.write(fd, Buffer.from('XY'), (err2, n2, b) => {
        log('write buf', err2, n2, String(b));
        fs.write(fd, Buffer.from('abc'), 1, 2, 0, (err3, n3) => {
          log('write pos', err3, n3, fs.readFileSync(P('fw.txt'), 'utf8'));
          fs.write(fd, 'Z', 1, 'utf8', (err4, n4) => {
            log('write str pos', err4, n4, fs.readFileSync(P('fw.txt'), 'utf8'));
            fs.read(fd, Buffer.alloc(4), 0, 4, 0, (err5, n5, b5) => {
              log('read', err5, n5, String(b5));
              fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (err6, n6, b6) => {
                log('read opts', err6, n6, String(b6));
                fs.read(fd, (err7, n7, b7) => {
                  log('read default', err7, n7, b7.length);
                  fs.read(fd, Buffer.alloc(2), { position: 0 }, (err8, n8, b8) => {
                    log('read buf opts', err8, n8, String(b8));
                    fs.close(fd, (e) => {
                      log('closed', e);
                      resolve();
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

asyncFd().then(promisesApi).catch((e) => log('promises failed', e.code, e.message)).finally(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  log('cleaned', fs.existsSync(tmp));
});
