// fs write throughput: a 256 MiB file written in 1 MiB chunks (writeSync), then 2,000 small files written, read and removed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const file = path.join(os.tmpdir(), `jsrig-bench-write-${process.pid}.bin`);
const chunk = Buffer.alloc(1024 * 1024, 1);
const fd = fs.openSync(file, 'w');
for (let i = 0; i < 256; i++) fs.writeSync(fd, chunk);
fs.closeSync(fd);
fs.unlinkSync(file);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-bench-small-'));
for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), `file number ${i}\n`);
let total = 0;
for (const name of fs.readdirSync(dir)) total += fs.readFileSync(path.join(dir, name)).length;
fs.rmSync(dir, { recursive: true });
if (total === 0) throw new Error('nothing read');
