// zlib: one-shot round trips in every format, streams, flush, errors with Node's
// codes, crc32, options validation. Compressed bytes are compared through their
// decompression (zlib versions may pick different encodings), never byte for byte.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const { promisify } = require('util');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
const pairs = [
  ['deflateSync', 'inflateSync'],
  ['gzipSync', 'gunzipSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
  ['gzipSync', 'unzipSync'],
  ['deflateSync', 'unzipSync'],
];
for (const [c, d] of pairs) {
  const packed = zlib[c](text);
  const back = zlib[d](packed).toString();
  console.log(c, d, Buffer.isBuffer(packed), packed.length < text.length, back === text);
}
console.log('gzip magic', zlib.gzipSync('x').subarray(0, 3));
console.log('zlib header', zlib.deflateSync('x').subarray(0, 2));
console.log('level 0 grows', zlib.deflateSync(text, { level: 0 }).length > text.length);
console.log('empty', zlib.inflateSync(zlib.deflateSync('')).length, zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(0))).length);
console.log('typed input', zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]))));
console.log('arraybuffer', zlib.gunzipSync(zlib.gzipSync(new Uint8Array([9, 8]).buffer)));
console.log('two members', zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])).toString());
const dict = Buffer.from('fox dog quick brown');
console.log('dictionary', zlib.inflateSync(zlib.deflateSync(text, { dictionary: dict }), { dictionary: dict }).toString() === text);
console.log('raw dictionary', zlib.inflateRawSync(zlib.deflateRawSync('quick fox', { dictionary: dict }), { dictionary: dict }).toString());
console.log('brotli quality', zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })).toString() === text);
const partial = zlib.deflateSync(text).subarray(0, 40);
console.log('sync flush reads a prefix', text.startsWith(zlib.inflateSync(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()));

function fail(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
}
fail('bad header', () => zlib.inflateSync(Buffer.from('not zlib data')));
fail('gunzip bad', () => zlib.gunzipSync(Buffer.from('garbage')));
fail('truncated', () => zlib.inflateSync(zlib.deflateSync('hello world').subarray(0, 6)));
fail('bad block', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
fail('missing dictionary', () => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: dict })));
fail('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('garbage')));
fail('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text).subarray(0, 10)));
fail('bad input type', () => zlib.gzipSync(42));
fail('bad level', () => zlib.deflateSync('x', { level: 12 }));
fail('bad windowBits', () => zlib.deflateSync('x', { windowBits: 3 }));
fail('bad chunkSize', () => zlib.createGzip({ chunkSize: 10 }));
fail('max output', () => zlib.inflateSync(zlib.deflateSync(text), { maxOutputLength: 100 }));
fail('bad brotli param', () => zlib.brotliCompressSync('x', { params: { 99: 1 } }));
fail('no callback', () => zlib.gzip('x'));

console.log('crc32', zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32(''));
console.log('constants', zlib.constants.Z_BEST_COMPRESSION, zlib.constants.BROTLI_PARAM_QUALITY, zlib.Z_SYNC_FLUSH, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
console.log('classes', new zlib.Gzip() instanceof zlib.Gzip, zlib.Gzip() instanceof require('stream').Transform, zlib.createDeflate().constructor.name);

(async () => {
  // Callback and promisified forms.
  await new Promise((resolve) => zlib.gzip(text, (err, buf) => {
    zlib.gunzip(buf, (err2, back) => {
      console.log('callback', err, err2, back.toString() === text);
      resolve();
    });
  }));
  const br = await promisify(zlib.brotliCompress)(text);
  console.log('promisified', (await promisify(zlib.brotliDecompress)(br)).toString() === text);
  await new Promise((resolve) => zlib.inflate(Buffer.from('bad'), (err) => {
    console.log('callback error', err.code, err.errno, err.message);
    resolve();
  }));

  // Streams: pipeline through gzip and gunzip, chunk by chunk.
  const chunks = [];
  await promisify(pipeline)(
    Readable.from(Array.from({ length: 50 }, (_, i) => `line ${i}\n`)),
    zlib.createGzip(),
    zlib.createGunzip(),
    new Writable({ write(chunk, enc, cb) { chunks.push(chunk); cb(); } }),
  );
  const joined = Buffer.concat(chunks).toString();
  console.log('stream lines', joined.split('\n').length - 1, joined.endsWith('line 49\n'));

  // Large output comes out in chunkSize pieces.
  const big = zlib.deflateSync(Buffer.alloc(200000, 'a'));
  const inflater = zlib.createInflate({ chunkSize: 65536 });
  const sizes = [];
  inflater.on('data', (c) => sizes.push(c.length));
  inflater.on('end', () => console.log('chunk sizes', sizes.join(','), 'bytesWritten', inflater.bytesWritten));
  inflater.end(big);
  await new Promise((r) => inflater.on('close', r));

  // flush() emits what is buffered so far: enough to decode the first part.
  const deflater = zlib.createDeflate();
  const got = [];
  deflater.on('data', (c) => got.push(c));
  deflater.write('first part;');
  await new Promise((r) => deflater.flush(r));
  console.log('after flush', zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  deflater.end('second part');
  await new Promise((r) => deflater.on('end', r));
  console.log('after end', zlib.inflateSync(Buffer.concat(got)).toString());

  // A corrupt stream fails with an 'error' event carrying the code.
  const bad = zlib.createGunzip();
  bad.on('error', (e) => console.log('stream error', e.code, e.errno, e.message));
  bad.on('close', () => console.log('stream closed', bad.destroyed));
  bad.end(Buffer.from('definitely not gzip'));
})();
