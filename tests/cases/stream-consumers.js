// stream/consumers over Node streams, web streams and async generators, and
// dns/promises being dns.promises.
const consumers = require('stream/consumers');
const { Readable } = require('stream');

(async () => {
  console.log(await consumers.text(Readable.from(['h\u00e9', 'llo'])));
  console.log(await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await consumers.buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
  console.log(Buffer.isBuffer(buf), buf.toString('hex'));
  const ab = await consumers.arrayBuffer(new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([1, 2]));
      c.enqueue(new Uint8Array([3]));
      c.close();
    },
  }));
  console.log(ab instanceof ArrayBuffer, ab.byteLength, new Uint8Array(ab).join());
  const blob = await consumers.blob((async function* () { yield new TextEncoder().encode('blob '); yield new TextEncoder().encode('text'); })());
  console.log(blob.size, await blob.text());
  // A multi-byte character split between chunks.
  const euro = Buffer.from('\u20ac');
  console.log(await consumers.text(Readable.from([euro.subarray(0, 1), euro.subarray(1)])));
  console.log(require('dns/promises') === require('dns').promises, Object.keys(consumers).sort().join());
})();
