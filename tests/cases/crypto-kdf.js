// crypto key derivation and randomness: pbkdf2/pbkdf2Sync, scrypt/scryptSync
// (options, aliases, OpenSSL's parameter checks), hkdf/hkdfSync, the shapes and
// argument errors of randomBytes/randomFill/randomInt/randomUUID/getRandomValues,
// timingSafeEqual, and webcrypto (Crypto, SubtleCrypto, subtle.digest).
const crypto = require('crypto');
const util = require('util');
const log = (...a) => console.log(...a);
const attempt = (label, fn) => {
  try {
    log(label, fn());
  } catch (e) {
    log(label, 'throws', e.name, e.code, e.message);
  }
};

// pbkdf2
log('pbkdf2', crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
log('pbkdf2 rfc6070', crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
for (const digest of ['md5', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'ripemd160', 'SHA256', 'RSA-SHA1']) {
  log('pbkdf2', digest, crypto.pbkdf2Sync('p', 's', 3, 24, digest).toString('hex'));
}
log('pbkdf2 inputs', crypto.pbkdf2Sync(new ArrayBuffer(2), new Uint16Array(1), 1, 8, 'sha256').toString('hex'),
  crypto.pbkdf2Sync(Buffer.from('p'), new DataView(Buffer.from('s').buffer, 0, 1), 1, 8, 'sha256').length, crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'));
for (const [label, args] of [
  ['no digest', ['p', 's', 1, 8]],
  ['null digest', ['p', 's', 1, 8, null]],
  ['bad digest', ['p', 's', 1, 8, 'nope']],
  ['iterations 0', ['p', 's', 0, 8, 'sha1']],
  ['iterations string', ['p', 's', '1', 8, 'sha1']],
  ['keylen negative', ['p', 's', 1, -1, 'sha1']],
  ['keylen float', ['p', 's', 1, 1.5, 'sha1']],
  ['password number', [1, 's', 1, 8, 'sha1']],
  ['salt number', ['p', 1, 1, 8, 'sha1']],
]) {
  attempt(`pbkdf2Sync ${label}`, () => crypto.pbkdf2Sync(...args));
}
attempt('pbkdf2 no callback', () => crypto.pbkdf2('p', 's', 1, 8, 'sha1'));
attempt('pbkdf2 callback as digest', () => crypto.pbkdf2('p', 's', 1, 8, () => {}));
attempt('pbkdf2 bad digest is synchronous', () => crypto.pbkdf2('p', 's', 1, 8, 'nope', () => log('never')));

// scrypt
log('scrypt', crypto.scryptSync('password', 'salt', 16).toString('hex'));
log('scrypt rfc7914', crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
log('scrypt small', crypto.scryptSync('p', 's', 8, { N: 2, r: 1, p: 1 }).toString('hex'),
  crypto.scryptSync('p', 's', 8, { cost: 16, blockSize: 2, parallelization: 2 }).toString('hex'),
  crypto.scryptSync('p', 's', 8, null).toString('hex'), crypto.scryptSync('p', 's', 8, 5).toString('hex'),
  crypto.scryptSync('p', 's', 8, { p: 0, r: 0, N: 0 }).toString('hex'), crypto.scryptSync('p', 's', 0));
log('scrypt maxmem', crypto.scryptSync('p', 's', 4, { N: 1024, r: 1, maxmem: 128 * 1 * 1026 + 128 }).toString('hex'));
// (before any memory-limit failure: node's OpenSSL error queue keeps that one
// and appends it to the next parameter error)
attempt('scrypt bad params are synchronous', () => crypto.scrypt('p', 's', 8, { N: 3 }, () => log('never')));
for (const [label, opts] of [
  ['N not power of 2', { N: 3 }],
  ['N 1', { N: 1 }],
  ['N and cost', { N: 16, cost: 16 }],
  ['r and blockSize', { r: 1, blockSize: 1 }],
  ['p and parallelization', { p: 1, parallelization: 1 }],
  ['N string', { N: '16' }],
  ['maxmem negative', { maxmem: -1 }],
  ['memory limit', { N: 2 ** 20 }],
  ['maxmem too small', { N: 1024, r: 1, maxmem: 128 * 1 * 1026 + 127 }],
  ['r*p too large', { N: 2, r: 1024, p: 2 ** 20 }],
  ['N too large for r', { N: 2 ** 16, r: 1, maxmem: 2 ** 40 }],
]) {
  attempt(`scryptSync ${label}`, () => crypto.scryptSync('p', 's', 8, opts));
}
attempt('scrypt keylen negative', () => crypto.scryptSync('p', 's', -1));
attempt('scrypt password number', () => crypto.scryptSync(5, 's', 8));
attempt('scrypt no callback', () => crypto.scrypt('p', 's', 8));

// hkdf (RFC 5869 test case 1)
const ikm = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
const okm = crypto.hkdfSync('sha256', ikm, Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
log('hkdf', okm instanceof ArrayBuffer, Buffer.from(okm).toString('hex'));
log('hkdf variants', Buffer.from(crypto.hkdfSync('sha1', 'key', '', '', 10)).toString('hex'),
  Buffer.from(crypto.hkdfSync('sha512', crypto.createSecretKey(Buffer.from('k')), 'salt', 'info', 100)).toString('hex').slice(0, 40),
  crypto.hkdfSync('md5', 'k', 's', 'i', 0).byteLength);
attempt('hkdf bad digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 10));
attempt('hkdf too long', () => crypto.hkdfSync('sha1', 'k', 's', 'i', 255 * 20 + 1));
attempt('hkdf info too long', () => crypto.hkdfSync('sha1', 'k', 's', Buffer.alloc(1025), 10));
attempt('hkdf ikm type', () => crypto.hkdfSync('sha1', 5, 's', 'i', 10));
attempt('hkdf salt type', () => crypto.hkdfSync('sha1', 'k', 5, 'i', 10));
attempt('hkdf length type', () => crypto.hkdfSync('sha1', 'k', 's', 'i', '10'));
attempt('hkdf no callback', () => crypto.hkdf('sha1', 'k', 's', 'i', 10));

// Random values: shapes only.
log('randomBytes', crypto.randomBytes(16).length, Buffer.isBuffer(crypto.randomBytes(0)), crypto.randomBytes(1.5).length);
log('randomUUID', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
  crypto.randomUUID({ disableEntropyCache: true }).length, crypto.webcrypto.randomUUID().length);
const ints = Array.from({ length: 200 }, () => crypto.randomInt(3));
log('randomInt', ints.every((n) => n >= 0 && n < 3 && Number.isInteger(n)), new Set(ints).size, crypto.randomInt(-5, -4), crypto.randomInt(7, 8));
log('randomFillSync', crypto.randomFillSync(Buffer.alloc(4), 1, 2).length, crypto.randomFillSync(new ArrayBuffer(3)).byteLength,
  crypto.randomFillSync(new Uint16Array(4), 1, 2).length, crypto.randomFillSync(Buffer.alloc(4), 4).length);
const zeros = Buffer.alloc(8);
crypto.randomFillSync(zeros, 2, 2);
log('randomFillSync bounds', zeros[0], zeros[1], zeros[4], zeros[7]);
log('getRandomValues', crypto.getRandomValues(new Uint8Array(65536)).length, crypto.getRandomValues(Buffer.alloc(2)).length,
  crypto.getRandomValues(new BigInt64Array(2)).length, globalThis.crypto.getRandomValues(new Int32Array(3)).length);
for (const [label, fn] of [
  ['randomBytes -1', () => crypto.randomBytes(-1)],
  ['randomBytes string', () => crypto.randomBytes('1')],
  ['randomBytes 2**31', () => crypto.randomBytes(2 ** 31)],
  ['randomBytes NaN', () => crypto.randomBytes(NaN)],
  ['randomBytes callback', () => crypto.randomBytes(1, 5)],
  ['randomInt none', () => crypto.randomInt()],
  ['randomInt string', () => crypto.randomInt('1')],
  ['randomInt float', () => crypto.randomInt(1.5)],
  ['randomInt equal', () => crypto.randomInt(5, 5)],
  ['randomInt reversed', () => crypto.randomInt(5, 2)],
  ['randomInt range', () => crypto.randomInt(0, 2 ** 48)],
  ['randomInt range max only', () => crypto.randomInt(2 ** 48 + 1)],
  ['randomInt unsafe', () => crypto.randomInt(0, 2 ** 53)],
  ['randomInt callback', () => crypto.randomInt(1, 5, 5)],
  ['randomUUID options', () => crypto.randomUUID(5)],
  ['randomUUID entropy option', () => crypto.randomUUID({ disableEntropyCache: 'x' })],
  ['randomFillSync offset', () => crypto.randomFillSync(Buffer.alloc(4), 5)],
  ['randomFillSync size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4)],
  ['randomFillSync string', () => crypto.randomFillSync('x')],
  ['randomFill no callback', () => crypto.randomFill(Buffer.alloc(2))],
  ['getRandomValues float', () => crypto.getRandomValues(new Float32Array(2))],
  ['getRandomValues DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2)))],
  ['getRandomValues quota', () => crypto.getRandomValues(new Uint8Array(65537))],
  ['getRandomValues none', () => crypto.getRandomValues()],
  ['webcrypto getRandomValues unbound', () => { const g = crypto.webcrypto.getRandomValues; return g(new Uint8Array(1)); }],
  ['webcrypto randomUUID unbound', () => { const u = crypto.webcrypto.randomUUID; return u(); }],
  ['timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))],
  ['timingSafeEqual string', () => crypto.timingSafeEqual('a', 'a')],
  ['timingSafeEqual second', () => crypto.timingSafeEqual(Buffer.from('a'), 'a')],
]) {
  attempt(label, fn);
}
log('timingSafeEqual', crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')),
  crypto.timingSafeEqual(new ArrayBuffer(2), new Uint8Array(2)), crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])),
  crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), new Uint8Array(2)));
log('aliases', crypto.pseudoRandomBytes === crypto.randomBytes, Object.keys(crypto).includes('pseudoRandomBytes'));

// webcrypto
log('webcrypto', globalThis.crypto === crypto.webcrypto, crypto.subtle === crypto.webcrypto.subtle, typeof Crypto, typeof SubtleCrypto,
  typeof CryptoKey, crypto.webcrypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto, crypto.webcrypto.constructor.name,
  Object.prototype.toString.call(crypto.webcrypto), Object.prototype.toString.call(crypto.subtle), util.inspect(crypto.webcrypto),
  util.inspect(crypto.subtle), Object.keys(Crypto.prototype));
for (const C of [Crypto, SubtleCrypto, CryptoKey]) attempt(`new ${C.name}`, () => new C());
attempt('subtle getter brand', () => Reflect.get(Crypto.prototype, 'subtle', {}));

const order = [];
const digests = [
  ['SHA-256', new Uint8Array([1])],
  ['sha-256', new TextEncoder().encode('abc')],
  [{ name: 'SHA-1' }, new ArrayBuffer(1)],
  ['SHA-384', Buffer.from('abc')],
  ['SHA-512', new DataView(new ArrayBuffer(3))],
  ['MD5', new Uint8Array(1)],
  ['SHA-256', 'str'],
  [{}, new Uint8Array(1)],
];
Promise.resolve().then(() => order.push('microtask'));
Promise.all(digests.map(([alg, data]) => crypto.subtle.digest(alg, data).then(
  (r) => { order.push('resolved'); return `${r.constructor.name} ${Buffer.from(r).toString('hex').slice(0, 24)}`; },
  (e) => { order.push('rejected'); return `${e.name} ${e.code} ${e.message}`; },
))).then((results) => {
  for (const r of results) log('digest', r);
  log('settle order', order.join(' '));
  asyncForms();
});
crypto.subtle.digest('SHA-256').catch((e) => log('digest one arg', e.name, e.code, e.message));
crypto.subtle.digest.call({}, 'SHA-1', new Uint8Array(1)).catch((e) => log('digest this', e.name, e.code, e.message));

// Asynchronous forms, one after the other (node's thread pool may finish
// concurrent jobs in any order).
crypto.randomInt(10, (err, n) => log('randomInt async', err, typeof n));
crypto.randomFill(new Uint8Array(0), (err, buf) => log('randomFill empty is synchronous', err, buf.length));
function asyncForms() {
  crypto.pbkdf2('password', 'salt', 2, 16, 'sha256', (err, key) => {
    log('pbkdf2 async', err, key.toString('hex'));
    crypto.scrypt('password', 'salt', 16, { N: 16 }, (err2, key2) => {
      log('scrypt async', err2, key2.toString('hex'));
      crypto.randomBytes(4, (err3, buf) => {
        log('randomBytes async', err3, buf.length);
        crypto.hkdf('sha256', 'key', 'salt', 'info', 8, (err4, bits) => log('hkdf async', err4, Buffer.from(bits).toString('hex')));
      });
    });
  });
}
log('end of script');
