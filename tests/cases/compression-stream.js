// CompressionStream / DecompressionStream: globals and stream/web exports, round
// trips against the zlib module in each format, chunking, errors for bad formats
// and corrupt input. Compressed bytes are checked through decompression only.
const zlib = require('zlib');
const web = require('stream/web');
const util = require('util');

console.log(typeof CompressionStream, typeof DecompressionStream,
  web.CompressionStream === CompressionStream, web.DecompressionStream === DecompressionStream);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream').enumerable, CompressionStream.length);
console.log(Object.prototype.toString.call(new CompressionStream('gzip')), Object.prototype.toString.call(new DecompressionStream('gzip')));
console.log(Object.keys(CompressionStream.prototype), Object.keys(DecompressionStream.prototype));
console.log(util.inspect(new CompressionStream('deflate')));
console.log(util.inspect({ nested: { deep: new DecompressionStream('deflate') } }, { depth: 1 }));

for (const bad of ['br', 'GZIP', undefined, 1, 'deflate-raw ']) {
  for (const C of [CompressionStream, DecompressionStream]) {
    try {
      new C(bad);
      console.log('no error', bad);
    } catch (e) {
      console.log(C.name, e.name, e.code, e.message);
    }
  }
}
for (const getter of ['readable', 'writable']) {
  try {
    Reflect.get(CompressionStream.prototype, getter, {});
  } catch (e) {
    console.log(getter, e.name, e.code, e.message);
  }
  try {
    Reflect.get(DecompressionStream.prototype, getter, new CompressionStream('gzip'));
  } catch (e) {
    console.log(getter, e.name, e.code, e.message);
  }
}

async function collect(readable) {
  const parts = [];
  for await (const chunk of readable) parts.push(chunk);
  return parts;
}

async function pump(stream, chunks) {
  const writer = stream.writable.getWriter();
  const reading = collect(stream.readable);
  for (const c of chunks) await writer.write(c);
  await writer.close();
  const parts = await reading;
  return { parts, bytes: Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))) };
}

const text = 'Hello, compression streams! '.repeat(500);
const unpack = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync };
const pack = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, 'deflate-raw': zlib.deflateRawSync };

(async () => {
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const enc = new TextEncoder();
    const { parts, bytes } = await pump(new CompressionStream(format), [enc.encode(text.slice(0, 100)), enc.encode(text.slice(100))]);
    console.log(format, 'compress', parts.every((p) => p instanceof Uint8Array), bytes.length < text.length,
      unpack[format](bytes).toString() === text);
    if (format === 'gzip') console.log('gzip magic', bytes[0].toString(16), bytes[1].toString(16));
    if (format === 'deflate') console.log('zlib header', bytes[0].toString(16));

    const packed = pack[format](text);
    // Feed the compressed bytes in small pieces.
    const pieces = [];
    for (let i = 0; i < packed.length; i += 7) pieces.push(new Uint8Array(packed.subarray(i, i + 7)));
    const out = await pump(new DecompressionStream(format), pieces);
    console.log(format, 'decompress', out.bytes.toString() === text, out.parts.every((p) => p instanceof Uint8Array));

    // Both ways through pipeThrough.
    const round = new Blob([text]).stream()
      .pipeThrough(new CompressionStream(format))
      .pipeThrough(new DecompressionStream(format))
      .pipeThrough(new TextDecoderStream());
    console.log(format, 'pipeThrough', (await collect(round)).join('') === text);
  }

  // Empty input still produces a valid (empty) stream.
  const empty = await pump(new CompressionStream('gzip'), []);
  console.log('empty gzip', zlib.gunzipSync(empty.bytes).length);
  const emptyBack = await pump(new DecompressionStream('gzip'), [new Uint8Array(zlib.gzipSync(''))]);
  console.log('empty back', emptyBack.bytes.length);

  // Other views are accepted (node 20's adapter refuses a bare ArrayBuffer, uncaught).
  const ab = await pump(new CompressionStream('deflate'), [new Uint16Array([0x0201, 0x0303]), new DataView(new Uint8Array([4, 5]).buffer)]);
  console.log('buffer sources', [...zlib.inflateSync(ab.bytes)]);

  // Corrupt input rejects the reads and the writes.
  const ds = new DecompressionStream('gzip');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // Node's zlib fails the write later (the write resolves, close rejects); which
  // of the two rejects is left out here.
  const settled = Promise.allSettled([
    writer.write(new TextEncoder().encode('this is not gzip data at all')),
    writer.close(),
  ]);
  try {
    await reader.read();
    console.log('read ok');
  } catch (e) {
    console.log('read rejected', e.name, e.code, e.errno, e.message);
  }
  console.log('writer', (await settled).some((r) => r.status === 'rejected' && r.reason.code === 'Z_DATA_ERROR'));
  console.log('closed', await writer.closed.then(() => 'resolved', (e) => e.code));

  // Truncated deflate data fails at close.
  const truncated = new DecompressionStream('deflate');
  const tw = truncated.writable.getWriter();
  const done = collect(truncated.readable).then((p) => `collected ${p.length}`, (e) => `collect ${e.code} ${e.message}`);
  await tw.write(new Uint8Array(zlib.deflateSync(text).subarray(0, 20))).catch((e) => console.log('tw write', e.code));
  await tw.close().catch((e) => console.log('tw close', e.code));
  console.log(await done);

  // Non-buffer chunks are refused.
  const cs = new CompressionStream('gzip');
  const cw = cs.writable.getWriter();
  cs.readable.getReader().read().catch((e) => console.log('read after bad chunk', e.name, e.code));
  try {
    await cw.write('a string');
    console.log('string accepted');
  } catch (e) {
    console.log('string chunk', e.name, e.code);
  }
})();
