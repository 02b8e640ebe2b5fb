'use strict';
// Buffer creation, encodings (including invalid input), comparison, search, fill,
// slicing, swaps, JSON and inspect, plus buffer.Blob, atob/btoa and constants.
const buffer = require('buffer');
const { Buffer, Blob, constants, kMaxLength, INSPECT_MAX_BYTES } = buffer;

const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

console.log(typeof Buffer, Buffer === globalThis.Buffer, Buffer.poolSize, INSPECT_MAX_BYTES, kMaxLength === constants.MAX_LENGTH);
console.log(typeof constants.MAX_LENGTH, constants.MAX_STRING_LENGTH > 0, buffer.SlowBuffer !== undefined, typeof buffer.isUtf8, typeof buffer.isAscii);
console.log(Object.keys(buffer).sort().join(','));

// from
console.log(Buffer.from('héllo wörld €𝄞'), Buffer.from([1, 2, 256, -1, 3.7, '4', 'x']));
console.log(Buffer.from(new Uint16Array([1, 0x1234]).buffer), Buffer.from(new Uint8Array([9, 8, 7])));
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 3);
view[0] = 42;
console.log(view, new Uint8Array(ab)[2], view.byteOffset, view.length, view.buffer === ab);
console.log(Buffer.from(Buffer.from('copy')), Buffer.from({ length: 2, 0: 5, 1: 6 }), Buffer.from({ type: 'Buffer', data: [1, 2] }));
console.log(Buffer.from(new String('boxed')), Buffer.from({ valueOf() { return 'vo'; } }), Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
tryIt('from(1)', () => Buffer.from(1));
tryIt('from(null)', () => Buffer.from(null));
tryIt('from({})', () => Buffer.from({}));
tryIt('from(ab, 9)', () => Buffer.from(ab, 9));
tryIt('from(ab, 0, 9)', () => Buffer.from(ab, 0, 9));
tryIt('from(str, bad)', () => Buffer.from('x', 'nope'));

// alloc
console.log(Buffer.alloc(4), Buffer.alloc(4, 'ab'), Buffer.alloc(5, 'aGk=', 'base64'), Buffer.alloc(3, 257), Buffer.alloc(4, Buffer.from([1, 2, 3])));
console.log(Buffer.alloc(0), Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(2).length, Buffer.alloc(2, '').toString('hex'));
tryIt('alloc(-1)', () => Buffer.alloc(-1));
tryIt('alloc("1")', () => Buffer.alloc('1'));
tryIt('alloc(NaN)', () => Buffer.alloc(NaN));
tryIt('allocUnsafe(1e20)', () => Buffer.allocUnsafe(1e20));
tryIt('alloc(2, "zz", "hex")', () => Buffer.alloc(2, 'zz', 'hex'));

// encodings
const sample = 'Aé€𝄞\u0000~';
for (const enc of ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'ucs-2', 'UTF16LE', 'Latin1']) {
  const b = Buffer.from(sample, enc);
  console.log(enc, b.length, Buffer.byteLength(sample, enc), b.toString(enc), JSON.stringify(Buffer.from(sample).toString(enc)));
}
for (const s of ['abc', 'abcd', 'abcde', 'aGVsbG8=', 'aGVsbG8', 'aGV sbG8=', 'aGVs\nbG8', '_-_-', '+/+/', 'a===', '=abc', 'ab=c', '!!!', 'YQ==YQ==']) {
  console.log('base64', JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.byteLength(s, 'base64'), Buffer.from(s, 'base64url').toString('hex'));
}
for (const s of ['', 'a', 'abc', '0g', 'gg00', '00112233', '001', 'ABCDEF', 'aBcD', ' 00', '0x10']) {
  console.log('hex', JSON.stringify(s), Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));
}
const bytes = Buffer.from([0x00, 0x7f, 0x80, 0xc3, 0x28, 0xe2, 0x82, 0xff, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80]);
console.log(JSON.stringify(bytes.toString('utf8')), JSON.stringify(bytes.toString('latin1')), JSON.stringify(bytes.toString('ascii')));
console.log(JSON.stringify(bytes.toString('utf16le')), bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex'));
console.log(JSON.stringify(Buffer.from('\ud800x\udc00', 'utf8').toString('hex')), Buffer.from('\ud83d', 'utf16le'), Buffer.from('Ā\u00ff', 'latin1'), Buffer.from('Āé', 'ascii'));
console.log(Buffer.from('abc').toString('utf8', 1), Buffer.from('abcdef').toString('utf8', 1, 3), Buffer.from('abc').toString('utf8', -1, 100), Buffer.from('abc').toString(undefined, 2));
tryIt('toString(bad)', () => Buffer.from('abc').toString('bogus'));
for (const e of ['utf8', 'UTF-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary', 'ucs2', 'utf16le', 'utf-16le', 'utf16', 'ucs-4', '', 'raw', null, 1]) {
  console.log('isEncoding', JSON.stringify(e), Buffer.isEncoding(e));
}
for (const [v, e] of [['héllo', undefined], ['héllo', 'latin1'], ['𝄞', 'utf16le'], [new Uint16Array(3), undefined], [new ArrayBuffer(7), undefined], [new DataView(new ArrayBuffer(5)), 'hex'], ['aGk', 'base64'], ['aGk==', 'base64'], ['\ud800', 'utf8']]) {
  console.log('byteLength', Buffer.byteLength(v, e));
}
tryIt('byteLength(1)', () => Buffer.byteLength(1));
console.log('isUtf8', buffer.isUtf8(Buffer.from('ok€')), buffer.isUtf8(Buffer.from([0xc3, 0x28])), buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é')));

// write
const w = Buffer.alloc(10);
console.log(w.write('héllo'), w, w.write('zz', 8), w.write('abc', 9), w, w.write('ffee', 1, 'hex'), w.write('€', 0, 2), w);
console.log(w.write('41424344', 2, 2, 'hex'), w, w.write('AAA', 'latin1'), w.write('x', 10));
tryIt('write(1)', () => w.write(1));
tryIt('write(x, 11)', () => w.write('x', 11));
tryIt('write(x, 0, -1)', () => w.write('x', 0, -1));

// concat / compare / equals
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]), Buffer.concat([]), Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('ab')], 4));
tryIt('concat([1])', () => Buffer.concat([1]));
tryIt('concat("x")', () => Buffer.concat('x'));
const x1 = Buffer.from('abc');
const x2 = Buffer.from('abd');
console.log(Buffer.compare(x1, x2), Buffer.compare(x2, x1), Buffer.compare(x1, Buffer.from('abc')), Buffer.compare(Buffer.from('ab'), x1), x1.compare(x2, 0, 2, 0, 2));
console.log([x2, x1, Buffer.from('a')].sort(Buffer.compare).map(String), x1.equals(Buffer.from('abc')), x1.equals(new Uint8Array([97, 98, 99])), x1.equals(x2));
tryIt('compare(x, "s")', () => Buffer.compare(x1, 'abc'));
tryIt('equals("s")', () => x1.equals('abc'));
tryIt('compare range', () => x1.compare(x2, 0, 10));
console.log(Buffer.isBuffer(x1), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), x1 instanceof Uint8Array);

// slice / subarray
const base = Buffer.from('0123456789');
const sl = base.slice(2, 5);
sl[0] = 0x41;
console.log(base.toString(), sl.toString(), base.subarray(-3).toString(), base.slice(-3, -1).toString(), base.subarray(5, 2).length, base.slice(8, 100).toString(), base.subarray('2', '4').toString());
console.log(base.subarray(2) instanceof Buffer, Object.getPrototypeOf(base.subarray(1)) === Buffer.prototype, base.slice().length);

// fill
console.log(Buffer.alloc(5).fill('ab'), Buffer.alloc(5).fill(0x101), Buffer.alloc(5).fill('a', 1, 3), Buffer.alloc(4).fill('6162', 'hex'), Buffer.alloc(4).fill(''), Buffer.alloc(3).fill(Buffer.from('xy')), Buffer.alloc(6).fill('€'));
console.log(Buffer.alloc(4).fill('abc', 1), Buffer.alloc(4).fill(true), Buffer.alloc(3).fill(-1), Buffer.alloc(3).fill(1.9), Buffer.alloc(5).fill('aGk=', 'base64'), Buffer.alloc(4).fill('x', 'latin1'));
tryIt('fill(zz hex)', () => Buffer.alloc(4).fill('zz', 'hex'));
tryIt('fill range', () => Buffer.alloc(4).fill('a', -1));
tryIt('fill end', () => Buffer.alloc(4).fill('a', 0, 5));
tryIt('fill enc', () => Buffer.alloc(4).fill('a', 0, 4, 'nope'));

// indexOf / lastIndexOf / includes
const hay = Buffer.from('this is a buffer, a fine buffer €');
for (const [n, o, e] of [['is'], ['is', 3], ['buffer', -10], ['buffer', 100], ['a'], [97], [97 + 256], ['€'], [Buffer.from('fine')], [new Uint8Array([102, 105])], ['zz'], [''], ['', 5], ['', 100], ['62756666', 0, 'hex'], ['YQ==', 0, 'base64'], ['is', 'utf8'], ['is', null], ['is', NaN], ['is', {}], ['a', -1]]) {
  console.log('search', JSON.stringify(n), o, e, hay.indexOf(n, o, e), hay.lastIndexOf(n, o, e), hay.includes(n, o, e));
}
tryIt('indexOf({})', () => hay.indexOf({}));
console.log(Buffer.from('aaaa').lastIndexOf('aa'), Buffer.from('aaaa').indexOf('aa', 1), Buffer.from('\u00e9', 'latin1').indexOf('\u00e9', 0, 'latin1'), Buffer.from('a\u0000b', 'utf16le').indexOf('b', 0, 'utf16le'));

// swaps
const sw = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(Buffer.from(sw).swap16(), Buffer.from(sw).swap32(), Buffer.from(sw).swap64());
tryIt('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
tryIt('swap32 bad', () => Buffer.from([1, 2, 3, 4, 5, 6]).swap32());
tryIt('swap64 bad', () => Buffer.from([1, 2, 3, 4]).swap64());

// toJSON / inspect / misc
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('hi').toJSON(), JSON.stringify({ b: Buffer.alloc(0) }));
console.log(Buffer.alloc(60, 1), [Buffer.from('x')], { nested: { buf: Buffer.from('yz') } });
const extra = Buffer.from('ab');
extra.prop = 'hello';
console.log(extra, require('util').inspect(Buffer.from('abc'), { showHidden: true }));
console.log(String(Buffer.from('str')), Buffer.from('str') + '', `${Buffer.from([0x41])}`, Buffer.from('ab').toLocaleString(), Buffer.from('é').toString('binary'));
console.log(Object.prototype.toString.call(Buffer.alloc(1)), Buffer.name, Buffer.length, typeof Buffer.of, Buffer.of(1, 2, 3));
console.log([...Buffer.from('ab').entries()], [...Buffer.from('ab').keys()], Array.from(Buffer.from('ab').values()), Buffer.from('abc').reverse().toString());
console.log(Buffer.from('abc').map((v) => v + 1) instanceof Buffer, Buffer.from('test').readUInt8(), Buffer.from('copy me').copy(Buffer.alloc(3)), Buffer.from('').toString() === '');
const tgt = Buffer.alloc(8, '.');
console.log(Buffer.from('abcdef').copy(tgt, 2, 1, 4), tgt.toString(), Buffer.from('xyz').copy(tgt, 7), tgt.toString());
tryIt('copy sourceStart past end', () => Buffer.from('abc').copy(tgt, 0, 5));
tryIt('copy negative', () => Buffer.from('abc').copy(tgt, -1));
tryIt('copy sourceStart', () => Buffer.from('abc').copy(tgt, 0, -1));
console.log(Buffer.from('abc').toString('ucs2'), Buffer.from('abcd').toString('ucs2'), Buffer.from('é€').toString('ascii'));

// atob / btoa
console.log(btoa('hello'), btoa(''), btoa('\u00ff\u00fe'), atob('aGVsbG8='), atob(' aGVs bG8 '), atob('aGVsbG8'), JSON.stringify(atob('//79')), buffer.atob === atob, buffer.btoa === btoa);
for (const s of ['a', 'abcde', 'ab=c', '!!!!', 'aGVsbG8==']) {
  try {
    console.log('atob', s, JSON.stringify(atob(s)));
  } catch (e) {
    console.log('atob', s, e.name, e.code, e.message, e instanceof DOMException);
  }
}
try {
  btoa('€');
} catch (e) {
  console.log('btoa', e.name, e.code, e.message);
}
tryIt('atob()', () => atob());
console.log(btoa(null), btoa(12), atob(undefined === 1 ? '' : 'MTI='));

// transcode, File, copyBytesFrom, the legacy per-encoding methods, partial writes
// and argument coercions.
tryIt('transcode', () => buffer.transcode(Buffer.from('€a'), 'utf8', 'utf16le'));
tryIt('transcode latin1', () => buffer.transcode(Buffer.from('€a'), 'utf8', 'latin1'));
tryIt('transcode ascii', () => buffer.transcode(Buffer.from('héllo'), 'utf8', 'ascii'));
tryIt('transcode ucs2->utf8', () => buffer.transcode(Buffer.from('hé', 'ucs2'), 'ucs2', 'utf8'));
tryIt('transcode bad', () => buffer.transcode(Buffer.from('x'), 'utf8', 'hex'));
tryIt('File', () => { const f = new buffer.File(['abc'], 'name.txt', { type: 'text/plain', lastModified: 42 }); return [f.name, f.size, f.type, f.lastModified, f instanceof buffer.Blob, Object.prototype.toString.call(f)]; });
tryIt('File inspect', () => require('util').inspect(new buffer.File(['abc'], 'n.txt', { lastModified: 1 })));
tryIt('File no name', () => new buffer.File(['a']));
tryIt('kStringMaxLength', () => buffer.kStringMaxLength);
tryIt('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
tryIt('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
tryIt('legacy slices', () => { const b = Buffer.from('héllo'); return [b.utf8Slice(0, 3), b.latin1Slice(0, 3), b.hexSlice(0, 2), b.base64Slice(0, 3), b.asciiSlice(0, 2), b.ucs2Slice(0, 2)]; });
tryIt('legacy writes', () => { const b = Buffer.alloc(6); return [b.utf8Write('ab', 1), b.hexWrite('ff', 0), b.latin1Write('z', 4), b.asciiWrite('q', 5), b]; });
tryIt('write partial multibyte', () => { const b = Buffer.alloc(4); return [b.write('a€'), b, b.write('€€', 2), b]; });
tryIt('write utf16 odd', () => { const b = Buffer.alloc(3); return [b.write('ab', 'utf16le'), b]; });
tryIt('write base64 partial', () => { const b = Buffer.alloc(2); return [b.write('YWJj', 'base64'), b]; });
tryIt('INSPECT_MAX_BYTES', () => { buffer.INSPECT_MAX_BYTES = 2; const s = require('util').inspect(Buffer.from('abcd')); buffer.INSPECT_MAX_BYTES = 50; return s; });
tryIt('toString huge range', () => Buffer.from('abc').toString('hex', 1, 1e10));
tryIt('toString start>end', () => JSON.stringify(Buffer.from('abc').toString('utf8', 2, 1)));
tryIt('toString nan', () => Buffer.from('abc').toString('utf8', NaN, NaN));
tryIt('toString strings', () => Buffer.from('abc').toString('utf8', '1', '2'));
tryIt('fill return', () => { const b = Buffer.alloc(3); return b.fill('a', 1) === b; });
tryIt('fill bad enc num', () => Buffer.alloc(3).fill('a', 0, 3, 5));
tryIt('from string enc null', () => Buffer.from('abc', null));
tryIt('alloc fill enc', () => Buffer.alloc(4, 'a', 'ucs2'));
tryIt('alloc fill empty buf', () => Buffer.alloc(3, Buffer.alloc(0)));
tryIt('SlowBuffer', () => buffer.SlowBuffer(2));
tryIt('buffer.Buffer.poolSize', () => Buffer.poolSize);
tryIt('byteLength boxed', () => Buffer.byteLength(new String('abc')));
tryIt('indexOf byteOffset str', () => Buffer.from('abcabc').indexOf('b', '2'));
tryIt('indexOf -0', () => Buffer.from('abcabc').lastIndexOf('c', -0));
tryIt('lastIndexOf undefined', () => Buffer.from('abcabc').lastIndexOf('c', undefined));
tryIt('lastIndexOf 1e9', () => Buffer.from('abcabc').lastIndexOf(Buffer.from('bc'), -100));
tryIt('indexOf ucs2', () => Buffer.from('abcabc', 'ucs2').indexOf('c', 0, 'ucs2'));
tryIt('lastIndexOf ucs2', () => Buffer.from('abcabc', 'ucs2').lastIndexOf('c', undefined, 'ucs2'));
tryIt('indexOf empty buf', () => Buffer.alloc(0).indexOf(''));
tryIt('compare offsets', () => Buffer.from('abcd').compare(Buffer.from('xbcx'), 1, 3, 1, 3));
tryIt('compare bad', () => Buffer.from('abcd').compare(Buffer.from('x'), -1));
tryIt('readBigUInt64', () => Buffer.alloc(8, 0xff).readBigUInt64BE());
tryIt('toJSON sub', () => Buffer.from('abcd').subarray(1, 3).toJSON());
tryIt('equals self', () => { const b = Buffer.from('a'); return b.equals(b); });
tryIt('Buffer.from(buffer, enc)', () => Buffer.from(Buffer.from('x'), 'hex'));
tryIt('Buffer.from(arraybuffer, "1")', () => Buffer.from(new ArrayBuffer(4), '1'));
tryIt('Buffer.from(ab, undefined, 2)', () => Buffer.from(new ArrayBuffer(4), undefined, 2).length);
tryIt('Buffer.from(ab, 1.5)', () => Buffer.from(new ArrayBuffer(4), 1.5).length);
tryIt('Buffer.from(ab, NaN, NaN)', () => Buffer.from(new ArrayBuffer(4), NaN, NaN).length);
tryIt('concat typed', () => Buffer.concat([new Uint8Array([1, 2])], 1.5));
tryIt('concat neg', () => Buffer.concat([Buffer.from('a')], -1));
tryIt('slice NaN', () => Buffer.from('abc').slice(NaN, '2').toString());
tryIt('subarray float', () => Buffer.from('abcd').subarray(1.7, 3.2).toString());
tryIt('readInt8 no arg', () => Buffer.from([200]).readInt8());
tryIt('writeUInt8 returns', () => Buffer.alloc(2).writeUInt8(1, 1));
tryIt('readUIntLE bad len', () => Buffer.alloc(8).readUIntLE(0, '2'));
tryIt('readIntBE float offset', () => Buffer.alloc(8).readIntBE(0.5, 2));
tryIt('writeIntLE bad', () => Buffer.alloc(8).writeIntLE(1, 0, 0));
tryIt('swap16 big', () => Buffer.from(Array.from({ length: 260 }, (_, i) => i & 255)).swap16().subarray(254, 260));
tryIt('toLocaleString', () => Buffer.prototype.toLocaleString === Buffer.prototype.toString);
tryIt('atob bigger', () => atob('YWJjZA==='));
tryIt('atob non-string', () => atob(123));
tryIt('btoa obj', () => btoa({}));
tryIt('atob tabs', () => atob('YW\tJj\nZA\f=='));
tryIt('atob urlsafe', () => atob('-_'));
tryIt('blob text enc', () => new buffer.Blob(['\ud800']).size);
tryIt('blob from blob types', () => new buffer.Blob([new Uint16Array([1]), new DataView(new ArrayBuffer(2))]).size);
tryIt('Blob slice types', () => new buffer.Blob(['abc']).slice(1, 2, 'X/Y').type);
tryIt('Blob type invalid char', () => JSON.stringify(new buffer.Blob(['a'], { type: 'ab\u0019' }).type));
tryIt('resolveObjectURL', () => buffer.resolveObjectURL('blob:nodedata:nope'));

// Blob
async function blobs() {
  const blob = new Blob(['hello ', Buffer.from('wörld'), new Uint8Array([33]), new Blob(['!'])], { type: 'Text/Plain' });
  console.log(blob.size, blob.type, blob instanceof Blob, Object.prototype.toString.call(blob), globalThis.Blob === Blob);
  console.log(await blob.text(), Buffer.from(await blob.arrayBuffer()).toString('hex'));
  const part = blob.slice(2, 8, 'application/x-part');
  console.log(part.size, part.type, await part.text(), await blob.slice(-3).text(), await blob.slice(-100, 2).text(), (await blob.slice(5, 2).text()).length, blob.slice().type);
  console.log(blob);
  console.log(new Blob().size, new Blob([]).type, new Blob(['x'], { type: 'a\u0100b' }).type, new Blob(['\ud800']).size, new Blob([new ArrayBuffer(3)]).size, new Blob(['a', 'b'], { endings: 'native' }).size);
  const reader = blob.stream().getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
  }
  console.log('streamed', total);
  for (const bad of [() => new Blob('str'), () => new Blob([1, 2]).size, () => new Blob({}), () => new Blob([], { endings: 'x' })]) {
    try {
      console.log('blob', bad());
    } catch (e) {
      console.log('blob threw', e.name, e.code, e.message);
    }
  }
  console.log(typeof buffer.File, typeof buffer.resolveObjectURL);
}
blobs();
console.log(require('util').inspect(buffer, { depth: 0 }));
