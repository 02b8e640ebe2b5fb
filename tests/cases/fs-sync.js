const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-fs-'));
const rel = (p) => path.relative(dir, p) || '.';
try {
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, 'hello\nworld\n');
  fs.appendFileSync(file, 'more é\n');
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')), fs.readFileSync(file).length, fs.readFileSync(file, { encoding: 'hex' }).slice(0, 10));
  const st = fs.statSync(file);
  console.log(st.isFile(), st.isDirectory(), st.size, typeof st.mtimeMs, st.mtime instanceof Date, (st.mode & 0o777).toString(8));
  fs.mkdirSync(path.join(dir, 'sub/deeper'), { recursive: true });
  console.log(rel(fs.mkdirSync(path.join(dir, 'x/y/z'), { recursive: true })));
  fs.writeFileSync(path.join(dir, 'sub', 'b.bin'), new Uint8Array([1, 2, 3]));
  console.log(fs.readdirSync(dir).sort(), fs.readdirSync(path.join(dir, 'sub')).sort());
  const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  console.log(ents.map((e) => `${e.name}:${e.isFile() ? 'f' : e.isDirectory() ? 'd' : '?'}`), ents[0].constructor.name);
  console.log(fs.readdirSync(dir, { recursive: true }).sort());
  fs.renameSync(file, path.join(dir, 'renamed.txt'));
  fs.copyFileSync(path.join(dir, 'renamed.txt'), path.join(dir, 'copy.txt'));
  console.log(fs.existsSync(file), fs.existsSync(path.join(dir, 'copy.txt')));
  fs.symlinkSync(path.join(dir, 'copy.txt'), path.join(dir, 'link'));
  console.log(rel(fs.readlinkSync(path.join(dir, 'link'))), fs.lstatSync(path.join(dir, 'link')).isSymbolicLink(), rel(fs.realpathSync(path.join(dir, 'link'))));
  fs.truncateSync(path.join(dir, 'copy.txt'), 3);
  console.log(fs.readFileSync(path.join(dir, 'copy.txt'), 'latin1'));
  fs.chmodSync(path.join(dir, 'copy.txt'), 0o600);
  console.log((fs.statSync(path.join(dir, 'copy.txt')).mode & 0o777).toString(8));
  fs.utimesSync(path.join(dir, 'copy.txt'), 1000, 2000);
  console.log(fs.statSync(path.join(dir, 'copy.txt')).mtimeMs, fs.statSync(path.join(dir, 'copy.txt')).mtime.toISOString());
  const fd = fs.openSync(path.join(dir, 'fd.txt'), 'w+');
  console.log(typeof fd, fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1));
  const buf = Buffer.alloc(6);
  console.log(fs.readSync(fd, buf, 0, 6, 0), buf.toString(), fs.fstatSync(fd).size);
  fs.closeSync(fd);
  fs.accessSync(path.join(dir, 'fd.txt'), fs.constants.R_OK);
  fs.unlinkSync(path.join(dir, 'fd.txt'));
  fs.rmSync(path.join(dir, 'x'), { recursive: true });
  console.log(fs.readdirSync(dir).sort());
  for (const attempt of [
    () => fs.readFileSync(path.join(dir, 'missing')),
    () => fs.mkdirSync(path.join(dir, 'sub')),
    () => fs.rmdirSync(path.join(dir, 'sub')),
    () => fs.readdirSync(path.join(dir, 'renamed.txt')),
    () => fs.renameSync(path.join(dir, 'nope'), path.join(dir, 'nope2')),
    () => fs.openSync(path.join(dir, 'renamed.txt'), 'wx'),
    () => fs.rmSync(path.join(dir, 'missing')),
    () => fs.readFileSync(123456),
    () => fs.readFileSync('bad\0path'),
    () => fs.openSync(path.join(dir, 'a'), 'bogus'),
  ]) {
    try {
      attempt();
      console.log('no error');
    } catch (e) {
      console.log(e.code, e.syscall, e.errno, e.message.replaceAll(dir, '<DIR>'));
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('cleaned', fs.existsSync(dir));
}
