const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-fsa-'));
const order = [];
fs.writeFile(path.join(dir, 'cb.txt'), 'callback data', (err) => {
  order.push(`writeFile ${err}`);
  fs.readFile(path.join(dir, 'cb.txt'), 'utf8', (err2, text) => {
    order.push(`readFile ${err2} ${text}`);
    fs.stat(path.join(dir, 'cb.txt'), (err3, st) => {
      order.push(`stat ${err3} ${st.size}`);
      fs.readFile(path.join(dir, 'missing'), (err4, data) => {
        order.push(`missing ${err4.code} ${data}`);
        promises();
      });
    });
  });
});
order.push('sync code after scheduling');
async function promises() {
  await fsp.writeFile(path.join(dir, 'p.txt'), 'promise data');
  order.push(await fsp.readFile(path.join(dir, 'p.txt'), 'utf8'));
  await fsp.mkdir(path.join(dir, 'a/b'), { recursive: true });
  order.push((await fsp.readdir(dir)).sort().join(','));
  const fh = await fsp.open(path.join(dir, 'p.txt'), 'r');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(7), 0, 7, 0);
  order.push(`${bytesRead} ${buffer.toString()} ${(await fh.stat()).size}`);
  await fh.close();
  try {
    await fsp.readFile(path.join(dir, 'nope'));
  } catch (e) {
    order.push(`${e.code} ${e.syscall}`);
  }
  await fsp.rm(dir, { recursive: true });
  order.push(`exists ${fs.existsSync(dir)}`);
  console.log(order.join('\n'));
}
