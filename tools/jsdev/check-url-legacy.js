'use strict';
// Compares host/js/url.js (the legacy API, fileURLToPath/pathToFileURL and
// url.format of WHATWG URLs) and host/js/punycode.js with node's modules.
//
// url.parse gets a large corpus of odd URLs: curated ones plus generated ones
// assembled from protocol, slash, auth, host, port, path, query and hash
// fragments chosen to hit the parser's corners (backslashes, whitespace,
// '@' in odd places, IPv6, IDN hosts, forbidden characters, long hosts),
// each with every combination of parseQueryString and slashesDenoteHost. The
// whole Url object is compared (fields, their order, the query object and its
// prototype) or the thrown error. url.format is compared on strings, parsed
// objects and objects with fields changed at random; url.resolve and
// resolveObject on RFC 3986's examples and generated pairs; the deprecation
// warnings by code and text.
//
//   node tools/jsdev/check-url-legacy.js [--seed N] [--count N]
//
// url.parse's IDNA step goes through the host's bindings.domainToAscii op in
// jsrig; here that op is node's url.domainToASCII (both are UTS #46 as the
// WHATWG host parser applies it). urlToHttpOptions, domainToASCII and
// domainToUnicode come from internal/url_whatwg (another module): their
// differences are listed as "external" and do not fail this check.
//
// Prints each mismatch and exits 1 if there is any.

const util = require('util');
const nodeUrl = require('url');
const nodePunycode = require('punycode');
const { load, bindings } = require('./load.js');

bindings.domainToAscii = (d) => nodeUrl.domainToASCII(d);
bindings.domainToUnicode = (d) => nodeUrl.domainToUnicode(d);
bindings.cwd = () => process.cwd();
const ours = load('url');
const ourPunycode = load('punycode');

const argv = process.argv.slice(2);
const option = (name, def) => {
  const i = argv.indexOf(name);
  return i === -1 ? def : Number(argv[i + 1]);
};
const SEED = option('--seed', 20240611);
const COUNT = option('--count', 20000);
const MAX_PRINTED = Number(process.env.MAX_PRINTED) || 40;

let state = SEED >>> 0 || 1;
function random() {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

let checks = 0;
const mismatches = [];
const external = [];
const show = (v) => util.inspect(v, { depth: 4, breakLength: Infinity });

// Warnings are recorded, not printed: both sides emit theirs once.
const warnings = { node: [], ours: [] };
let warningSide = 'node';
const realEmitWarning = process.emitWarning;
process.emitWarning = (warning, type, code) => { warnings[warningSide].push(`${type} ${code}: ${warning}`); };

function describe(v) {
  if (v !== null && typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    return {
      ctor: proto === null ? null : proto.constructor && proto.constructor.name,
      keys: Object.keys(v),
      entries: Object.keys(v).map((k) => [k, describe(v[k])]),
    };
  }
  return { value: show(v) };
}

function outcome(fn) {
  try {
    return describe(fn());
  } catch (err) {
    return { threw: `${err && err.name} [${err && err.code}]: ${err && err.message}`, input: err && err.input };
  }
}

function compare(label, call, list = mismatches) {
  checks++;
  warningSide = 'node';
  const n = outcome(() => call(nodeUrl, nodePunycode));
  warningSide = 'ours';
  const o = outcome(() => call(ours, ourPunycode));
  if (!util.isDeepStrictEqual(o, n)) {
    list.push(label);
    if (list.length <= MAX_PRINTED) {
      console.log(`${list === external ? 'EXTERNAL ' : ''}MISMATCH ${label}\n  ours: ${show(o)}\n  node: ${show(n)}`);
    }
  }
}

// ---- url.parse corpus ------------------------------------------------------------

const CURATED = [
  '', ' ', '\t\n', 'http://www.example.com', 'http://www.example.com/', 'HTTP://WWW.EXAMPLE.COM/A?B#C',
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'http://a@b@c/', 'http://a@b?@c', 'http://a:b@c:d@e/',
  'http://@host', 'http://:@host', 'http://u@', 'http://', 'http:', 'http:/', 'http:///x', 'http:////x', 'http:\\\\x\\y',
  'http:\\x', '\\\\server\\share', 'http://x\\y?a\\b#c\\d', 'http://x/y z', ' http://x/ ', '\u00a0http://x/\ufeff',
  'http://x/\ty\nz\r', 'http://x/"<>`{|}^\'', 'http://x/%zz%41', 'http://x?a=1&b=2&a=3', 'http://x?#', 'http://x#?',
  'http://x/?#', '?', '#', '?a', '#a', '/', '//', '///', '////', '//a', '//a/b', '//a@b/c', '/a/b?c#d', 'a/b',
  './a', '../a', 'a', 'a:b', 'a:', 'a:/', 'a://', 'a:b@c', 'mailto:user@host.com', 'mailto:user@host.com?subject=x',
  'MAILTO:User@Host.COM', 'javascript:alert("x y")', 'JavaScript://x/y z', 'javascript:', 'file:///etc/passwd',
  'file://localhost/etc/passwd', 'file:/etc/passwd', 'file:etc/passwd', 'file://host/share', 'file:', 'file://',
  'file:///C:/x', 'data:text/html,<p>x</p>', 'news:comp.lang.js', 'urn:isbn:0451450523', 'tel:+1-816-555-1212',
  'xmpp:user@example.com', 'ftp://ftp.example.com/file.txt', 'gopher://x/1', 'ws://x:1/y', 'wss://x', 'svn+ssh://x/y',
  'git+https://github.com/a/b.git', 'a.b-c+d://x', '1http://x', '-x://y', 'http://[::1]/', 'http://[::1]:8080/x',
  'http://[::1', 'http://[::1]x/', 'http://[fe80::1%25eth0]/', 'http://[a b]/', 'http://[::1]?x', 'http://[::1]#x',
  'http://[]/', 'http://[/', 'http://]/', 'http://127.0.0.1/', 'http://0x7f.1/', 'http://2130706433/',
  'http://ÄÖ.com/', 'http://mañana.com/', 'http://☕.com/', 'http://xn--4ca0b.com/', 'http://xn--a.com/',
  'http://a。b。com/', 'http://ｅｘａｍｐｌｅ.com/', 'http://faß.de/', 'http://a\u200bb.com/', 'http://a\u00adb.com/',
  'http://a\u00a0b.com/', 'http://\ufffd/', 'http://a\x00b/', 'http://a\x01b/', 'http://a\x7fb/', 'http://é\x01/',
  'http://a*b.com/', 'http://a_b.com/', 'http://a!$&()*+,=~b/', 'http://a[b/', 'http://a]b/', 'http://a b/',
  'http://a%20b/', 'http://a;b/', "http://a'b/", 'http://a"b/', 'http://a<b/', 'http://a{b/', 'http://a|b/',
  'http://a^b/', 'http://a`b/', 'http://a\\b/', 'http://a#b/', 'http://a?b/', 'http://a:80/', 'http://a:/',
  'http://a:8a/', 'http://a:8:9/', 'http://a:b:c/', 'http://a:-1/', 'http://a:99999/', 'http://A:80:/',
  `http://${'a'.repeat(255)}/`, `http://${'a'.repeat(256)}/`, `http://${'a'.repeat(300)}:80/`,
  `http://${'é'.repeat(100)}/`, 'http://a..b/', 'http://.a/', 'http://a./', 'http://-a/', 'http://a-/',
  'http://x/a/../b/./c', 'http://x/%2e%2e/a', 'HtTp://X/Y', 'http://user%40x@host/', 'http://us er@host/',
  'http://ü:ö@host/', 'http://%zz@host/', 'http://a%@host/', 'http://@@host/', 'http://a@/', 'http://a@:80/',
  'http://x/@y', 'http://x?@y', 'http://x#@y', '//user@host/x', '//host:80', '//[::1]/', 'user@host',
  'user@host/path', '@host', 'host:80', 'localhost:3000/x', 'c:\\windows\\x', 'C:/x/y', '\\\\?\\C:\\x',
  'http://x/\u2028\u2029', 'http://x/\u0085', 'http://x/😀?😀#😀', 'http://x/\ud800', 'http://x/?\udc00',
  'http://\ud83d\ude00.com/', 'http://x\u3000y/', 'http://x/a b?c d#e f', 'http://x:80:80/', 'http://:80/',
  'http://x:080/', 'http://x/%', '/%', '?%', 'http://x/\x00', 'http://x\x00/', 'http:x', 'https:x/y', 'ftp:x',
  'foo:x/y', 'foo://x/y', 'foo:///x', 'foo:\\x', 'javascript:x\\y', 'javascript://x\\y', 'http://a/b\\c?d\\e#f\\g',
  'http://x:1\\y', 'http://x@y\\z', 'http://x%5Cy', '  //x/y  ', '\t//x', 'http://x/#a#b', 'http://x/?a?b',
];

const PARTS = {
  lead: ['', '', '', ' ', '\t', '\u00a0', '\n '],
  protocol: ['', '', 'http:', 'https:', 'HTTP:', 'file:', 'mailto:', 'javascript:', 'foo:', 'a+b.c-d:', 'ws:', 'ftp:',
    'news:', 'x:'],
  slashes: ['', '//', '//', '/', '///', '\\\\', '/\\', '\\'],
  auth: ['', '', '', 'user@', 'u:p@', 'a@b@', '@', ':@', 'ü@', '%40@', 'a b@', 'a\\b@', 'a#b@', 'a/b@', 'a?b@'],
  host: ['', 'example.com', 'EXAMPLE.COM', 'a', '127.0.0.1', '[::1]', '[::1', '::1', 'xn--4ca0b.com', 'ÄÖ.com', 'a b',
    'a%20b', 'a_b', 'a..b', '.', 'a;b', "a'b", 'a{b', 'a"b', '[a b]', 'a*b', 'é.1', '１.com', 'a\u00adb', 'xn--a',
    'a\x01b', 'host.com.', 'h'.repeat(260)],
  port: ['', '', '', ':80', ':', ':8a', ':65536', ':0', ':a:b', ':1:'],
  path: ['', '', '/', '/a/b', '/a b', '/%zz', '/a\\b', '/ä', '/;x', '/{}|^`"<>', '/a/../b', '/./c', 'rel', '/@x',
    '/:x', '//x', '/a#/b', '/😀'],
  query: ['', '', '?', '?a=1', '?a=1&a=2', '?a b', '??', '?a=%zz', '?=&=', '?x#y', '?a\\b', '?@', '?a+b=c+d'],
  hash: ['', '', '#', '#h', '#a b', '#?x', '##', '#\\x', '#@'],
  trail: ['', '', '', ' ', '\t', '\r\n'],
};

function randomUrl() {
  let s = '';
  for (const key of Object.keys(PARTS)) {
    if (key === 'host' && chance(0.1)) {
      s += pick(PARTS.host) + pick(PARTS.host);
      continue;
    }
    s += pick(PARTS[key]);
  }
  if (chance(0.05)) s = s.toUpperCase();
  if (chance(0.05)) s = s.replace(/\//g, '\\');
  return s;
}

function parseChecks(inputs) {
  for (const input of inputs) {
    for (const pqs of [false, true]) {
      for (const sdh of [false, true]) {
        compare(`parse(${show(input)}, ${pqs}, ${sdh})`, (m) => m.parse(input, pqs, sdh));
      }
    }
    compare(`format(${show(input)})`, (m) => m.format(input));
  }
  for (const bad of [undefined, null, 1, {}, [], true, Symbol('s')]) {
    compare(`parse(${show(bad)})`, (m) => m.parse(bad));
    compare(`format(${show(bad)})`, (m) => m.format(bad));
  }
  compare('parse(Url instance) is identity', (m) => {
    const u = m.parse('http://x/');
    return m.parse(u) === u;
  });
  compare('new Url()', (m) => new m.Url());
  compare('Url.prototype', (m) => Object.getOwnPropertyNames(m.Url.prototype));
}

// ---- url.format on objects -----------------------------------------------------------

const FIELD_VALUES = {
  protocol: [undefined, null, '', 'http', 'http:', 'HTTP:', 'file', 'file:', 'mailto:', 'foo', 'javascript:', 'fil'],
  slashes: [undefined, null, true, false, 1],
  auth: [undefined, null, '', 'user', 'u:p', 'a@b', 'ü ö', 'a/b?c#d', '\ud83d\ude00', '%'],
  host: [undefined, null, '', 'h.com', 'h.com:80', '[::1]:80', 'a b'],
  port: [undefined, null, '', '80', 8080, 0],
  hostname: [undefined, null, '', 'h.com', '::1', '[::1]', 'a:b', 'H.COM'],
  hash: [undefined, null, '', '#', 'h', '#h', '##'],
  search: [undefined, null, '', '?', 'a=1', '?a=1', '?a#b'],
  query: [undefined, null, '', 'a=1', { a: 1, b: [1, 2], c: 'x y' }, {}, Object.assign(Object.create(null), { z: '' })],
  pathname: [undefined, null, '', '/', 'a', '/a?b#c', 'a/b', '/ä', '#', '?', '/a b'],
  path: [undefined, '/ignored'],
  href: [undefined, 'ignored'],
};

function randomUrlObject() {
  const obj = {};
  for (const [key, values] of Object.entries(FIELD_VALUES)) {
    if (chance(0.5)) obj[key] = pick(values);
  }
  return obj;
}

function formatChecks(inputs) {
  for (let i = 0; i < COUNT / 2; i++) {
    const obj = randomUrlObject();
    compare(`format(${show(obj)})`, (m) => m.format(obj));
  }
  for (const input of inputs.slice(0, COUNT / 4)) {
    // A parsed URL with one field changed, formatted again.
    const key = pick(Object.keys(FIELD_VALUES));
    const value = pick(FIELD_VALUES[key]);
    compare(`format(parse(${show(input)}) with ${key}=${show(value)})`, (m) => {
      let u;
      try {
        u = m.parse(input);
      } catch {
        return 'parse threw';
      }
      u[key] = value;
      return [m.format(u), u.format()];
    });
  }
}

// ---- resolve -------------------------------------------------------------------------

// RFC 3986 section 5.4 plus node's own test favourites.
const RFC_BASE = 'http://a/b/c/d;p?q';
const RFC_REFS = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
  '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.',
  '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
  'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http://', 'https:g', 'mailto:x', '\\g', '//g/h\\i', ' g ', 'g h'];

const BASES = [RFC_BASE, 'http://example.com', 'http://example.com/', 'http://example.com/a/b', 'http://u:p@h/a/b/',
  'mailto:local1@domain1', 'mailto:a@b/c', 'news:a/b/c', 'file:///a/b/c', 'file:/a', 'foo:a/b', 'foo://h/a/b',
  '/a/b/c', 'a/b/c', '', '?q', '#h', 'http://h', 'http://h?x', 'javascript:x', 'http://[::1]/a', '//h/a',
  'http://a/b/c/d;p?q#f', 'HTTP://A/B', 'https://x/y/z?', 'foo:', 'foo:/', 'x:y/../..'];
const RELS = [...RFC_REFS, 'local2@domain2', 'http://other/x', 'HTTPS://X', '//', '///x', 'file:x', 'file:/x',
  'mailto:y', 'foo:b', '../../../../../x', 'a/../../b', '?', '#', 'x?#', 'javascript:y', 'http://u@h2',
  '//u2:p2@h2/x'];

function resolveChecks() {
  const pairs = [];
  for (const base of BASES) for (const rel of RELS) pairs.push([base, rel]);
  for (let i = 0; i < COUNT / 4; i++) pairs.push([randomUrl(), chance(0.5) ? randomUrl() : pick(RELS)]);
  for (const [base, rel] of pairs) {
    compare(`resolve(${show(base)}, ${show(rel)})`, (m) => m.resolve(base, rel));
    compare(`resolveObject(${show(base)}, ${show(rel)})`, (m) => m.resolveObject(base, rel));
  }
  compare('resolveObject with Url', (m) => m.resolveObject('http://a/b', m.parse('../c', false, true)));
  compare('Url#resolve', (m) => m.parse('http://a/b/c').resolve('d'));
}

// ---- file URLs -----------------------------------------------------------------------

function fileUrlChecks() {
  const hrefs = ['file:///a/b', 'file:///a%20b/%E4%BD%A0?q#h', 'file:///a%2fb', 'file:///a%2Fb', 'file:///a%5cb',
    'file:///a%5Cb', 'file://host/a', 'file://localhost/a', 'file:///C:/x', 'file:///c:/x/y', 'file:///C:',
    'file:///x', 'file://host/share/a', 'file://xn--4ca0b/x', 'http://x/a', 'notaurl', 'file:', 'file:///%',
    'file:///%zz', 'file:///a%00b'];
  for (const href of hrefs) {
    for (const opts of [undefined, { windows: false }, { windows: true }, null, {}]) {
      compare(`fileURLToPath(${show(href)}, ${show(opts)})`, (m) => m.fileURLToPath(href, opts));
      compare(`fileURLToPath(new URL(${show(href)}), ${show(opts)})`, (m) => {
        let u;
        try {
          u = new URL(href);
        } catch {
          return 'invalid';
        }
        return m.fileURLToPath(u, opts);
      });
    }
  }
  for (const bad of [1, null, undefined, {}, { href: 'file:///x/y', protocol: 'file:', hostname: '', pathname: '/x/y' },
    { href: 'file:///x', protocol: 'file:' }, { href: 'x', protocol: 'http:' }]) {
    compare(`fileURLToPath(${show(bad)})`, (m) => m.fileURLToPath(bad));
  }
  const paths = ['/a/b', '/a b/c?d#e%f\\g\n\r\t', 'rel/x/', 'rel', '.', '', '/', '//x', '/x/', '/ä/😀', '/\ud800',
    '/a%2fb', 'C:\\x\\y', 'C:/x', '\\\\server\\share\\x', '\\\\?\\UNC\\server\\share\\x', '\\\\server', '\\\\\\x',
    '\\x\\y\\', '/x#y?z'];
  for (const p of paths) {
    for (const opts of [undefined, { windows: true }, { windows: false }]) {
      compare(`pathToFileURL(${show(p)}, ${show(opts)})`, (m) => m.pathToFileURL(p, opts).href);
    }
  }
  for (const bad of [1, null, undefined, {}]) compare(`pathToFileURL(${show(bad)})`, (m) => m.pathToFileURL(bad));
}

// ---- url.format of WHATWG URLs ---------------------------------------------------------

function whatwgFormatChecks() {
  const hrefs = ['http://u:p@xn--4ca0b.com:8080/a?b#c', 'http://u@h/', 'http://:p@h/', 'https://h/?#', 'http://h/#',
    'file:///a?b#c', 'mailto:x@y?s#f', 'foo://u:p@h/x?y#z', 'foo:/x?y#z', 'http://[::1]:80/x?y', 'http://xn--ls8h.la/',
    'http://a%40b:c%3Ad@h/', 'data:text/plain,x?y#z', 'http://h/p?q=a#b?c#d', 'blob:http://h/uuid'];
  const optionSets = [undefined, {}, { fragment: false }, { search: false }, { auth: false }, { unicode: true },
    { fragment: false, search: false, auth: false, unicode: true }, { fragment: 0, search: '', auth: null, unicode: 1 },
    'x', null, 1];
  for (const href of hrefs) {
    for (const opts of optionSets) {
      compare(`format(new URL(${show(href)}), ${show(opts)})`, (m) => m.format(new URL(href), opts));
    }
  }
  compare('format(URL subclass)', (m) => m.format(new (class U extends URL {})('http://x/y#z'), { fragment: false }));
  compare('format(duck URL)', (m) => m.format({ href: 'http://a/', protocol: 'http:', hostname: 'h' }));
}

// ---- punycode ------------------------------------------------------------------------

function punycodeChecks() {
  const samples = ['', 'a', 'abc', 'ü', 'mañana', 'bücher', '☕', '😀', 'ÄÖÜ', 'a-b', '-', '--', 'ab--cd', 'xn--',
    'ǅ', '\ud800', '\udc00', '\ud800x', 'x\udc00', '\ud83d\ude00\ud83d', '\x7f', 'ليهمابتكلموشعربي؟', '他们为什么不说中文',
    'Pročprostěnemluvíčesky', 'ᏂᏪᏍᏆᏂᏍᏓᏂᏪᎿ', 'a'.repeat(100), '\u0080', '\uffff', '\u{10ffff}'];
  const puny = ['', 'a', 'a-', '-a', 'ab--c', 'zz', '9999999999', '99999999a', 'tda', 'bcher-kva', 'mnana-3ta',
    '53h', 'ls8h', 'egbpdaj6bu4bxfgehfvwxn', '!', ' ', 'A', 'ABC-DEF', 'ihqwcrb4cv8a8dqg056pqjye', 'é', 'a-é',
    'xn--', '---', 'a-b-c', 'zzzzzz', '0', '1', 'ba', '999', 'ojb', 'a-9a', 'z', 'ZZZZZZZZZZZZZZ'];
  for (let i = 0; i < COUNT / 10; i++) {
    let s = '';
    for (let n = int(6); n > 0; n--) s += pick(samples).slice(0, 1 + int(4));
    samples.push(s);
    let p = '';
    for (let n = int(8); n > 0; n--) p += pick('abcdefghijklmnopqrstuvwxyz0123456789-ABZ!'.split(''));
    puny.push(p);
  }
  for (const s of samples) {
    compare(`punycode.encode(${show(s)})`, (_, p) => p.encode(s));
    compare(`punycode.ucs2.decode(${show(s)})`, (_, p) => p.ucs2.decode(s));
    compare(`punycode.toASCII(${show(s)})`, (_, p) => p.toASCII(s));
    compare(`punycode.toASCII(${show(`${s}.com`)})`, (_, p) => p.toASCII(`x@${s}.com\u3002${s}@z`));
    compare(`punycode.toUnicode(${show(s)})`, (_, p) => p.toUnicode(s));
  }
  for (const s of puny) {
    compare(`punycode.decode(${show(s)})`, (_, p) => p.decode(s));
    compare(`punycode.toUnicode(xn--${s})`, (_, p) => p.toUnicode(`a.xn--${s}.XN--${s}`));
    compare(`punycode round trip ${show(s)}`, (_, p) => {
      try {
        return p.encode(p.decode(s));
      } catch (e) {
        return e.message;
      }
    });
  }
  for (const cps of [[], [65], [0x1F600], [0xD800], [0x110000], [-1], [1.5], ['a']]) {
    compare(`punycode.ucs2.encode(${show(cps)})`, (_, p) => p.ucs2.encode(cps));
  }
  compare('punycode shape', (_, p) => [Object.keys(p), p.version, Object.keys(p.ucs2),
    Object.keys(p).map((k) => typeof p[k])]);
}

// ---- WHATWG helpers (internal/url_whatwg) ----------------------------------------------

function whatwgHelperChecks() {
  for (const href of ['http://u:p@[::1]:8080/a?b#c', 'http://h/', 'file:///x', 'http://%C3%BC:%C3%B6@h:1/']) {
    compare(`urlToHttpOptions(new URL(${show(href)}))`, (m) => m.urlToHttpOptions(new URL(href)), external);
  }
  compare('urlToHttpOptions(plain object)', (m) => m.urlToHttpOptions({ href: 'x', protocol: 'p', hostname: '[::1]',
    pathname: '/p', search: '?s', hash: '#h', port: '80', username: 'u', password: 'p', extra: 1 }), external);
  for (const d of ['ÄÖ.com', 'xn--4ca0b.com', 'xn--a.com', 'a b', '0x7f.1', '', 'EXAMPLE.com', 'a..b']) {
    compare(`domainToASCII(${show(d)})`, (m) => m.domainToASCII(d), external);
    compare(`domainToUnicode(${show(d)})`, (m) => m.domainToUnicode(d), external);
  }
}

function shapeChecks() {
  compare('module keys', (m) => Object.keys(m));
  compare('module value types', (m) => Object.keys(m).map((k) => `${k}:${typeof m[k]}`));
  compare('function names and lengths', (m) => Object.keys(m).filter((k) => !/^URL/.test(k))
    .map((k) => `${k}:${m[k].name}:${m[k].length}`));
  checks++;
  const whatwg = load('internal/url_whatwg');
  if (ours.URL !== whatwg.URL || ours.URLSearchParams !== whatwg.URLSearchParams) {
    mismatches.push('url.URL / url.URLSearchParams are not internal/url_whatwg\'s');
    console.log('MISMATCH url.URL / url.URLSearchParams are not internal/url_whatwg\'s');
  }
}

const inputs = [...CURATED];
for (let i = 0; i < COUNT; i++) inputs.push(randomUrl());

shapeChecks();
parseChecks(inputs);
formatChecks(inputs);
resolveChecks();
fileUrlChecks();
whatwgFormatChecks();
punycodeChecks();
whatwgHelperChecks();

checks++;
if (!util.isDeepStrictEqual(warnings.ours, warnings.node)) {
  mismatches.push('warnings');
  console.log(`MISMATCH warnings\n  ours: ${show(warnings.ours)}\n  node: ${show(warnings.node)}`);
}
process.emitWarning = realEmitWarning;

console.log(`${checks} checks, ${mismatches.length} mismatches` +
  (external.length ? ` (+${external.length} in internal/url_whatwg, not counted)` : ''));
process.exit(mismatches.length ? 1 : 0);
