'use strict';
// Buffer's numeric readers and writers: every width and byte order, BigInt64,
// floats, the variable-width (U)Int readers, and their range and offset errors.
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x80, 0xff, 0x7f, 0xfe, 0x00, 0x10]);

const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

const readers = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE',
  'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE'];
for (const r of readers) {
  const out = [];
  for (let off = 0; off < b.length; off++) {
    try {
      out.push(b[r](off));
    } catch (e) {
      out.push(e.code);
      break;
    }
  }
  console.log(r, out.join(' '));
}
console.log(b.readUint8(0), b.readUint16LE(0), b.readUint32BE(0), b.readBigUint64LE(0), b.readUintLE(0, 3), b.readUintBE(0, 3));
for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  const out = [];
  for (let len = 1; len <= 6; len++) out.push(b[name](7, len));
  console.log(name, out.join(' '));
}
for (const [label, fn] of [
  ['readUInt8(14)', () => b.readUInt8(14)], ['readUInt8(-1)', () => b.readUInt8(-1)], ['readUInt8(1.5)', () => b.readUInt8(1.5)],
  ['readUInt8("1")', () => b.readUInt8('1')], ['readUInt16LE(13)', () => b.readUInt16LE(13)], ['readInt32BE(11)', () => b.readInt32BE(11)],
  ['readDoubleLE(7)', () => b.readDoubleLE(7)], ['readBigInt64LE(7)', () => b.readBigInt64LE(7)], ['readUIntLE(0, 7)', () => b.readUIntLE(0, 7)],
  ['readUIntLE(0, 0)', () => b.readUIntLE(0, 0)], ['readIntBE(0)', () => b.readIntBE(0)], ['readUIntBE(10, 6)', () => b.readUIntBE(10, 6)],
  ['readUInt32LE(NaN)', () => b.readUInt32LE(NaN)], ['empty readInt8', () => Buffer.alloc(0).readInt8(0)], ['readFloatBE(null)', () => b.readFloatBE(null)],
]) tryIt(label, fn);

const w = Buffer.alloc(16);
const show = (label, ret) => console.log(label, ret, w.toString('hex'));
show('writeUInt8', w.writeUInt8(255, 0));
show('writeInt8', w.writeInt8(-2, 1));
show('writeUInt16LE', w.writeUInt16LE(0xbeef, 2));
show('writeUInt16BE', w.writeUInt16BE(0xbeef, 4));
show('writeInt16LE', w.writeInt16LE(-300, 6));
show('writeInt16BE', w.writeInt16BE(-300, 8));
show('writeUInt32LE', w.writeUInt32LE(0xdeadbeef, 10));
show('writeUInt32BE', w.writeUInt32BE(0xdeadbeef, 12));
show('writeInt32LE', w.writeInt32LE(-123456789, 0));
show('writeInt32BE', w.writeInt32BE(-123456789, 4));
show('writeFloatLE', w.writeFloatLE(3.14, 8));
show('writeFloatBE', w.writeFloatBE(-0.1, 12));
show('writeDoubleLE', w.writeDoubleLE(Math.PI, 0));
show('writeDoubleBE', w.writeDoubleBE(-1e-300, 8));
show('writeBigInt64LE', w.writeBigInt64LE(-2n, 0));
show('writeBigInt64BE', w.writeBigInt64BE(-(2n ** 63n), 8));
show('writeBigUInt64LE', w.writeBigUInt64LE(2n ** 64n - 1n, 0));
show('writeBigUInt64BE', w.writeBigUInt64BE(0x0102030405060708n, 8));
show('writeUIntLE 3', w.writeUIntLE(0x123456, 0, 3));
show('writeUIntBE 5', w.writeUIntBE(0x1234567890, 3, 5));
show('writeIntLE 6', w.writeIntLE(-0x123456789a, 8, 6));
show('writeIntBE 1', w.writeIntBE(-128, 14, 1));
show('writeUint16LE alias', w.writeUint16LE(1, 0));
show('no offset', w.writeUInt32BE(0x11223344));
show('float specials', [w.writeFloatLE(NaN, 0), w.writeFloatBE(Infinity, 4), w.writeDoubleLE(-0, 8)]);
console.log(w.readFloatLE(0), w.readFloatBE(4), Object.is(w.readDoubleLE(8), -0));
show('float rounding', w.writeFloatLE(1e40, 0));
console.log(w.readFloatLE(0), w.writeFloatLE(16777217, 0) && w.readFloatLE(0), w.writeFloatLE(-1e-46, 0) && w.readFloatLE(0));
show('coerced values', [w.writeUInt8('7', 0), w.writeUInt8(3.9, 1), w.writeInt8(true, 2), w.writeUInt16LE(null, 3)]);

for (const [label, fn] of [
  ['writeUInt8(256)', () => w.writeUInt8(256, 0)], ['writeUInt8(-1)', () => w.writeUInt8(-1, 0)], ['writeInt8(128)', () => w.writeInt8(128, 0)],
  ['writeInt16LE(40000)', () => w.writeInt16LE(40000, 0)], ['writeUInt32BE(2**32)', () => w.writeUInt32BE(2 ** 32, 0)], ['writeInt32LE(-2**31-1)', () => w.writeInt32LE(-(2 ** 31) - 1, 0)],
  ['writeUInt16LE(1, 15)', () => w.writeUInt16LE(1, 15)], ['writeUInt8(1, 16)', () => w.writeUInt8(1, 16)], ['writeDoubleBE(1, 9)', () => w.writeDoubleBE(1, 9)],
  ['writeUInt8(1, -1)', () => w.writeUInt8(1, -1)], ['writeUInt8(1, 0.5)', () => w.writeUInt8(1, 0.5)], ['writeUInt8(1, "0")', () => w.writeUInt8(1, '0')],
  ['writeBigInt64LE(2**63)', () => w.writeBigInt64LE(2n ** 63n, 0)], ['writeBigUInt64BE(-1n)', () => w.writeBigUInt64BE(-1n, 0)],
  ['writeUIntLE(2**24, 0, 3)', () => w.writeUIntLE(2 ** 24, 0, 3)], ['writeIntBE(2**47, 0, 6)', () => w.writeIntBE(2 ** 47, 0, 6)], ['writeIntLE(-129, 0, 1)', () => w.writeIntLE(-129, 0, 1)],
  ['writeUIntBE(1, 0, 7)', () => w.writeUIntBE(1, 0, 7)], ['writeUIntLE(1, 12, 5)', () => w.writeUIntLE(1, 12, 5)], ['writeUIntLE(1, 0)', () => w.writeUIntLE(1, 0)],
  ['writeUInt16BE(1.5)', () => w.writeUInt16BE(1.5, 0)], ['writeInt32BE(NaN)', () => w.writeInt32BE(NaN, 0)], ['writeUInt8("x")', () => w.writeUInt8('x', 0)],
]) tryIt(label, fn);
console.log(w.toString('hex'));
// Mixing a number into BigInt arithmetic is the engine's TypeError (its wording differs).
try {
  w.writeBigInt64LE(1, 0);
} catch (e) {
  console.log('writeBigInt64LE(1)', e.name, e.code);
}

// Round trips across the whole range of each variable width.
const rt = Buffer.alloc(6);
const results = [];
for (let len = 1; len <= 6; len++) {
  const max = 2 ** (8 * len) - 1;
  const smax = 2 ** (8 * len - 1) - 1;
  const smin = -(2 ** (8 * len - 1));
  rt.writeUIntLE(max, 0, len); results.push(rt.readUIntLE(0, len) === max);
  rt.writeUIntBE(max, 0, len); results.push(rt.readUIntBE(0, len) === max);
  rt.writeIntLE(smin, 0, len); results.push(rt.readIntLE(0, len) === smin);
  rt.writeIntBE(smax, 0, len); results.push(rt.readIntBE(0, len) === smax);
}
console.log(results.join(','));
