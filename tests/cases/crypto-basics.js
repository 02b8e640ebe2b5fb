const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'ripemd160']) {
  console.log(alg, crypto.createHash(alg).update('hello ').update(Buffer.from('world')).digest('hex'));
}
console.log(crypto.createHash('sha256').update('x').digest('base64'), crypto.createHash('sha1').update('').digest().length);
console.log(crypto.createHmac('sha256', 'key').update('message').digest('hex'));
console.log(crypto.createHmac('sha512', Buffer.from('k')).update('m').digest('base64url'));
const h = crypto.createHash('sha256').update('part1');
const copy = h.copy();
console.log(h.update('a').digest('hex') !== copy.update('b').digest('hex'));
try {
  h.digest();
} catch (e) {
  console.log(e.code);
}
try {
  crypto.createHash('nope');
} catch (e) {
  console.log(e.message);
}
console.log(crypto.hash('sha1', 'abc'), crypto.getHashes().includes('sha256'));
console.log(crypto.pbkdf2Sync('pw', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 16, { N: 1024 }).toString('hex'));
console.log(crypto.randomBytes(16).length, typeof crypto.randomUUID(), /^[0-9a-f-]{36}$/.test(crypto.randomUUID()));
const r = crypto.randomInt(10, 20);
console.log(r >= 10 && r < 20, crypto.getRandomValues(new Uint32Array(4)).length);
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
crypto.pbkdf2('pw', 'salt', 10, 8, 'sha1', (err, key) => {
  console.log('async pbkdf2', err, key.toString('hex'));
  crypto.subtle.digest('SHA-256', new TextEncoder().encode('hi')).then((ab) => console.log('subtle', Buffer.from(ab).toString('hex')));
});
console.log(globalThis.crypto === crypto.webcrypto, typeof globalThis.crypto.getRandomValues);
