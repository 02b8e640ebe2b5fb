// crypto hashing throughput: sha256 over 256 MiB, fed in 1 MiB updates.
import crypto from 'node:crypto';

const chunk = Buffer.alloc(1024 * 1024, 0x61);
const hash = crypto.createHash('sha256');
for (let i = 0; i < 256; i++) hash.update(chunk);
const digest = hash.digest('hex');
if (digest.length !== 64) throw new Error('bad digest');
