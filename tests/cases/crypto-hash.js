// crypto hashes and HMACs: every digest the host implements in every output
// encoding, OpenSSL alias names, streaming (Hash/Hmac are Transforms), copy(),
// finalization errors, input encodings, crypto.hash(), getHashes(), secret
// KeyObjects, argument errors. XOF digests (shake*) are left out: jsrig lacks them.
const crypto = require('crypto');
const { Transform, pipeline, Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
const attempt = (label, fn) => {
  try {
    log(label, fn());
  } catch (e) {
    log(label, 'throws', e.name, e.code, e.message, Object.keys(e));
  }
};

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160'];
const input = 'The quick brown fox jumps over the lazy dog';
for (const alg of algorithms) {
  const h = crypto.createHash(alg).update(input);
  const buf = h.copy().digest();
  log(alg, buf.length, h.copy().digest('hex'), h.copy().digest('base64'), h.copy().digest('base64url'),
    h.copy().digest('latin1') === buf.toString('latin1'), h.digest('binary') === buf.toString('binary'));
  log(' empty', crypto.createHash(alg).digest('hex'), 'hmac', crypto.createHmac(alg, 'key').update(input).digest('hex'));
}
log('getHashes has all', algorithms.every((a) => crypto.getHashes().includes(a)), crypto.getHashes().includes('RSA-SHA256'),
  crypto.getHashes() !== crypto.getHashes(), crypto.getHashes().every((n) => {
    try {
      crypto.createHash(n);
      return true;
    } catch {
      return false;
    }
  }));
for (const alias of ['SHA256', 'RSA-SHA256', 'sha-256', 'sha256WithRSAEncryption', 'RSA-SHA512/256', 'rmd160', 'ssl3-md5', 'RSA-SHA3-256']) {
  log('alias', alias, crypto.createHash(alias).update('a').digest('hex').slice(0, 16));
}

// Input and output encodings.
log('hex in', crypto.createHash('md5').update('ff00', 'hex').digest('hex'));
log('base64 in', crypto.createHash('md5').update('aGk=', 'base64').digest('hex'));
log('latin1 in', crypto.createHash('md5').update('\xe9', 'latin1').digest('hex'), 'utf8 default', crypto.createHash('md5').update('\xe9').digest('hex'));
log('unknown input encoding is utf8', crypto.createHash('sha1').update('abc', 'nope').digest('hex') === crypto.createHash('sha1').update('abc').digest('hex'));
log('typed input', crypto.createHash('sha1').update(new Uint16Array([0x6261])).digest('hex') === crypto.createHash('sha1').update('ab').digest('hex'),
  crypto.createHash('sha1').update(new DataView(Buffer.from('ab').buffer, 0, 2)).digest('hex').length);
log('uppercase HEX out', crypto.createHash('md5').update('a').digest('HEX'));
log('ucs2 out', crypto.createHash('md5').update('a').digest('ucs2').length, 'buffer out', crypto.createHash('md5').digest('buffer').length);
log('unknown output encoding gives a Buffer', Buffer.isBuffer(crypto.createHash('md5').digest('nope')));
attempt('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));

// Chaining and copies.
const base = crypto.createHash('sha256').update('part1');
const c1 = base.copy();
const c2 = base.copy();
log('copies independent', c1.update('x').digest('hex') !== c2.update('y').digest('hex'),
  base.copy().digest('hex') === crypto.createHash('sha256').update('part1').digest('hex'));
log('update returns this', base.update('z') === base);

// Finalization.
const done = crypto.createHash('sha256');
done.digest();
attempt('update after digest', () => done.update('x'));
attempt('digest twice', () => done.digest());
attempt('copy after digest', () => done.copy());
const mac = crypto.createHmac('sha256', 'k');
mac.digest();
attempt('hmac digest twice', () => mac.digest());
attempt('hmac digest twice hex', () => mac.digest('hex'));
attempt('hmac update after digest', () => mac.update('x'));

// HMAC keys.
log('hmac keys', crypto.createHmac('sha256', '').update('a').digest('hex').slice(0, 16),
  crypto.createHmac('sha256', 'k'.repeat(200)).update('a').digest('hex').slice(0, 16),
  crypto.createHmac('sha256', Buffer.from('k')).update('a').digest('hex') === crypto.createHmac('sha256', 'k').update('a').digest('hex'),
  crypto.createHmac('sha256', new Uint8Array([107]).buffer).update('a').digest('hex') === crypto.createHmac('sha256', 'k').update('a').digest('hex'),
  crypto.createHmac('sha256', '6b', { encoding: 'hex' }).update('a').digest('hex') === crypto.createHmac('sha256', 'k').update('a').digest('hex'));
const secret = crypto.createSecretKey(Buffer.from('key'));
log('secret key', secret.type, secret.symmetricKeySize, secret.asymmetricKeyType, secret.export().toString(), secret.export({ format: 'jwk' }),
  secret instanceof crypto.KeyObject, secret.equals(crypto.createSecretKey('key', 'utf8')), secret.equals(crypto.createSecretKey('kez', 'utf8')));
log('hmac with KeyObject', crypto.createHmac('sha256', secret).update('a').digest('hex') === crypto.createHmac('sha256', 'key').update('a').digest('hex'));

// Streams.
log('Hash is a Transform', crypto.createHash('md5') instanceof Transform, crypto.createHmac('md5', 'k') instanceof Transform,
  crypto.createHash('md5') instanceof crypto.Hash, crypto.Hash('sha1').update('a').digest('hex'), crypto.Hmac('sha1', 'k').update('a').digest('hex'));
const sh = crypto.createHash('sha1');
sh.write('ab');
sh.end('c');
log('stream read', sh.read().toString('hex') === crypto.createHash('sha1').update('abc').digest('hex'));
const enc = crypto.createHash('md5');
enc.setEncoding('hex');
enc.on('data', (d) => log('stream data hex', d));
enc.end('a');
pipeline(Readable.from(['x', 'y', 'z']), crypto.createHmac('sha256', 'pipe'), new Writable({
  write(chunk, e, cb) {
    log('pipeline digest', chunk.toString('hex') === crypto.createHmac('sha256', 'pipe').update('xyz').digest('hex'));
    cb();
  },
}), (err) => log('pipeline done', err));

// crypto.hash (one shot).
log('hash', crypto.hash('md5', 'a'), crypto.hash('sha1', 'a', 'base64'), crypto.hash('sha1', Buffer.from('a'), 'buffer').length,
  crypto.hash('sha256', new Uint8Array([97])) === crypto.hash('sha256', 'a'), crypto.hash('SHA1', 'a', 'BASE64URL'));

// Errors.
attempt('unknown', () => crypto.createHash('nope'));
attempt('unknown hmac', () => crypto.createHmac('nope', 'k'));
attempt('unknown one-shot', () => crypto.hash('nope', 'a'));
attempt('algorithm type', () => crypto.createHash(5));
attempt('hmac algorithm type', () => crypto.createHmac(null, 'k'));
attempt('update number', () => crypto.createHash('md5').update(5));
attempt('update null', () => crypto.createHash('md5').update(null));
attempt('update ArrayBuffer', () => crypto.createHash('md5').update(new ArrayBuffer(2)));
attempt('hmac no key', () => crypto.createHmac('sha256'));
attempt('hmac number key', () => crypto.createHmac('sha256', 5));
attempt('hmac bad encoding option', () => crypto.createHmac('sha256', 'k', { encoding: 5 }));
attempt('hash input', () => crypto.hash('sha1', 5));
attempt('hash output encoding', () => crypto.hash('sha1', 'a', 'nope'));
attempt('hash output encoding type', () => crypto.hash('sha1', 'a', 5));
attempt('outputLength on a fixed digest', () => crypto.createHash('sha256', { outputLength: 8 }));
attempt('outputLength equal to the digest', () => crypto.createHash('sha256', { outputLength: 32 }).update('a').digest('hex').length);
attempt('outputLength type', () => crypto.createHash('sha256', { outputLength: '8' }));
attempt('secret key type', () => crypto.createSecretKey(5));
attempt('secret key export format', () => secret.export({ format: 'pem' }));
attempt('equals type', () => secret.equals('key'));
