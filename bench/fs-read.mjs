// fs read throughput: one 256 MiB file read whole (readFileSync) and streamed (createReadStream).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const file = path.join(os.tmpdir(), 'jsrig-bench-256m.bin');
const size = 256 * 1024 * 1024;
// Made once by the first (warm-up) run, then only read.
if (!fs.existsSync(file) || fs.statSync(file).size !== size) {
  const chunk = Buffer.alloc(1024 * 1024, 7);
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < 256; i++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
const whole = fs.readFileSync(file);
if (whole.length !== size) throw new Error('short read');
let streamed = 0;
fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
  .on('data', (c) => {
    streamed += c.length;
  })
  .on('end', () => {
    if (streamed !== size) throw new Error('short stream');
  });
