const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-fss-'));
const file = path.join(dir, 'big.txt');
const ws = fs.createWriteStream(file);
for (let i = 0; i < 2000; i++) ws.write(`line ${i}\n`);
ws.end('done\n');
ws.on('finish', () => {
  console.log('written', ws.bytesWritten);
  const chunks = [];
  fs.createReadStream(file, { highWaterMark: 1024 })
    .on('data', (c) => chunks.push(c.length))
    .on('end', () => {
      console.log('chunks', chunks.length, chunks.slice(0, 3), chunks.reduce((a, b) => a + b, 0));
      const part = fs.createReadStream(file, { start: 5, end: 9, encoding: 'utf8' });
      let text = '';
      part.on('data', (t) => (text += t));
      part.on('close', () => {
        console.log(JSON.stringify(text));
        fs.createReadStream(path.join(dir, 'missing')).on('error', (e) => {
          console.log('error', e.code);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
});
