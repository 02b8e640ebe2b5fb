'use strict';
// TextEncoderStream and TextDecoderStream: chunk boundaries inside UTF-8
// sequences and surrogate pairs, BOM, fatal mode, bad chunks.

const { drain, later } = require('./_helpers.js');

function u8(...b) {
  return new Uint8Array(b);
}

async function pump(env, stream, chunks, label = 'out') {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const reading = drain(env, reader, label, 40);
  for (let i = 0; i < chunks.length; i++) {
    writer.write(chunks[i]).then(() => {}, (e) => env.log(`write${i} err`, e));
  }
  writer.close().then(() => env.log('close ok'), (e) => env.log('close err', e));
  await reading;
  await later(1);
}

const encoderCases = {
  'ascii': ['abc', 'def'],
  'empty chunks': ['', 'a', '', ''],
  'split surrogate pair': ['\uD83D', '\uDE00'],
  'split pair with text': ['a\uD83D', '\uDE00b'],
  'lone high then text': ['a\uD83D', 'b'],
  'lone high at end': ['x\uD83D'],
  'lone low': ['\uDE00x'],
  'two highs': ['\uD83D', '\uD83D', '\uDE00'],
  'high alone chunk then empty': ['\uD83D', '', '\uDE00'],
  'multibyte': ['é', '€', '𝄞', '中文'],
  'non-strings': [1, null, undefined, true, { toString() { return 'obj'; } }, [1, 2]],
  'symbol': [Symbol('s')],
  'big': ['x'.repeat(5000) + '\uD83D', '\uDE00' + 'y'.repeat(10)],
};

const decoderCases = {
  'ascii': [[u8(97, 98), u8(99)]],
  'split 2-byte': [[u8(0xc3), u8(0xa9)]],
  'split 3-byte 1+2': [[u8(0xe2), u8(0x82, 0xac)]],
  'split 3-byte 2+1': [[u8(0xe2, 0x82), u8(0xac)]],
  'split 4-byte 1+1+1+1': [[u8(0xf0), u8(0x9f), u8(0x98), u8(0x80)]],
  'split 4-byte 3+1': [[u8(0xf0, 0x9f, 0x98), u8(0x80, 0x41)]],
  'truncated at end': [[u8(0x41, 0xe2, 0x82)]],
  'truncated at end fatal': [[u8(0x41, 0xe2, 0x82)], 'utf-8', { fatal: true }],
  'invalid byte': [[u8(0x41, 0xff, 0x42)]],
  'invalid byte fatal': [[u8(0x41), u8(0xff, 0x42)], 'utf-8', { fatal: true }],
  'invalid in second chunk fatal': [[u8(0x41), u8(0x42), u8(0xc3, 0x28)], 'utf-8', { fatal: true }],
  'bom': [[u8(0xef, 0xbb, 0xbf, 0x41)]],
  'bom split': [[u8(0xef), u8(0xbb), u8(0xbf), u8(0x41)]],
  'bom ignoreBOM': [[u8(0xef, 0xbb, 0xbf, 0x41)], 'utf-8', { ignoreBOM: true }],
  'bom twice': [[u8(0xef, 0xbb, 0xbf), u8(0xef, 0xbb, 0xbf, 0x41)]],
  'utf-16le': [[u8(0xff, 0xfe, 0x41, 0x00), u8(0x42), u8(0x00)], 'utf-16le'],
  'utf-16le split surrogate': [[u8(0x3d, 0xd8), u8(0x00, 0xde)], 'utf-16le'],
  'utf-16le odd end': [[u8(0x41, 0x00, 0x42)], 'utf-16le'],
  'latin1': [[u8(0xe9, 0x41)], 'latin1'],
  'ArrayBuffer chunk': [[new Uint8Array([104, 105]).buffer]],
  'DataView chunk': [[new DataView(new Uint8Array([0, 104, 105, 0]).buffer, 1, 2)]],
  'Uint16Array chunk': [[new Uint16Array([0x6968])]],
  'subarray chunk': [[new Uint8Array([1, 0xc3, 0xa9, 2]).subarray(1, 3)]],
  'string chunk': [['abc']],
  'number chunk': [[42]],
  'null chunk': [[null]],
  'empty chunk': [[u8(), u8(0x41), u8()]],
};

module.exports = (scenario) => {
  for (const [name, chunks] of Object.entries(encoderCases)) {
    scenario(`encoding TextEncoderStream ${name}`, async (env) => {
      await pump(env, new env.W.TextEncoderStream(), chunks);
    });
  }

  for (const [name, [chunks, label, options]] of Object.entries(decoderCases)) {
    scenario(`encoding TextDecoderStream ${name}`, async (env) => {
      const tds = env.try('construct', () => new env.W.TextDecoderStream(label, options));
      if (!tds) return;
      env.log(tds.encoding, tds.fatal, tds.ignoreBOM);
      await pump(env, tds, chunks);
    });
  }

  scenario('encoding TextDecoderStream labels', async (env) => {
    for (const label of ['utf8', 'UTF-8', ' utf-8 ', 'unicode-1-1-utf-8', 'utf-16', 'UTF-16LE', 'iso-8859-1', 'ascii', 'windows-1252', 'utf-16be', 'x', '', undefined, null, 1]) {
      env.try(`label ${String(label)}`, () => new env.W.TextDecoderStream(label).encoding);
    }
  });

  scenario('encoding TextDecoderStream options', async (env) => {
    for (const opts of [undefined, null, {}, { fatal: 'yes' }, { ignoreBOM: 0 }, 'str', 1, () => {}, []]) {
      env.try(`options ${env.d(opts)}`, () => { const t = new env.W.TextDecoderStream('utf-8', opts); return [t.fatal, t.ignoreBOM]; });
    }
  });

  scenario('encoding timing of TextEncoderStream', async (env) => {
    env.ticks(40);
    const tes = new env.W.TextEncoderStream();
    const writer = tes.writable.getWriter();
    const reader = tes.readable.getReader();
    env.watch('r0', reader.read());
    env.watch('w0', writer.write('a'));
    env.watch('w1', writer.write('\uD83D'));
    env.watch('r1', reader.read());
    env.watch('close', writer.close());
    env.watch('r2', reader.read());
    env.watch('r3', reader.read());
  });

  scenario('encoding timing of TextDecoderStream', async (env) => {
    env.ticks(40);
    const tds = new env.W.TextDecoderStream();
    const writer = tds.writable.getWriter();
    const reader = tds.readable.getReader();
    env.watch('r0', reader.read());
    env.watch('w0', writer.write(u8(0xe2)));
    env.watch('w1', writer.write(u8(0x82, 0xac)));
    env.watch('close', writer.close());
    env.watch('r1', reader.read());
    env.watch('r2', reader.read());
  });

  scenario('encoding inspect', async (env) => {
    env.log(env.inspect(new env.W.TextEncoderStream()));
    env.log(env.inspect(new env.W.TextDecoderStream('utf-16le', { fatal: true })));
    env.log(env.inspect(new env.W.TextDecoderStream(), { depth: 0 }));
    env.log(env.inspect([new env.W.TextEncoderStream()], { depth: 0 }));
    env.log(Object.prototype.toString.call(new env.W.TextEncoderStream()));
  });

  scenario('encoding pipeThrough round trip', async (env) => {
    const text = 'héllo wörld 𝄞 ' + '€'.repeat(20);
    const rs = new env.W.ReadableStream({
      start(c) { for (let i = 0; i < text.length; i += 3) c.enqueue(text.slice(i, i + 3)); c.close(); },
    });
    const bytesOut = rs.pipeThrough(new env.W.TextEncoderStream());
    const [a, b] = bytesOut.tee();
    const split = new env.W.TransformStream({
      transform(chunk, c) { for (const byte of chunk) c.enqueue(new Uint8Array([byte])); },
    });
    const decoded = a.pipeThrough(split).pipeThrough(new env.W.TextDecoderStream());
    let result = '';
    for await (const s of decoded) result += s;
    env.log(result === text, result.length);
    let total = 0;
    for await (const chunk of b) total += chunk.byteLength;
    env.log('bytes', total);
  });

  scenario('encoding readable and writable identity', async (env) => {
    const t = new env.W.TextEncoderStream();
    env.log(t.readable === t.readable, t.writable === t.writable, Object.prototype.toString.call(t.readable));
    const d = new env.W.TextDecoderStream();
    env.log(d.readable === d.readable, Object.prototype.toString.call(d.writable));
  });

  scenario('encoding abort and cancel', async (env) => {
    const t = new env.W.TextDecoderStream();
    const reader = t.readable.getReader();
    env.watch('read', reader.read());
    env.watch('abort', t.writable.abort(new Error('abort tds')));
    const e = new env.W.TextEncoderStream();
    const writer = e.writable.getWriter();
    env.watch('cancel', e.readable.cancel('cancel tes'));
    env.watch('write', writer.write('x'));
  });
};
