'use strict';
// The legacy url API: url.parse (with and without query parsing, slashes
// denoting host), url.format, url.resolve, file URL helpers and domainToASCII.
const url = require('url');

const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const plain = (u) => JSON.stringify(Object.assign({}, u));

const inputs = [
  'http://user:pass@Host.COM:8080/p/a/t/h?query=string&a=1&a=2#hash',
  'https://example.com',
  'HTTP://EXAMPLE.com/A?B#C',
  '//foo/bar',
  '/just/a/path?x=1',
  'mailto:someone@example.com',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file://host/share/x',
  'http://a.com/p?q=a b&c=%20',
  'http://[::1]:3000/x',
  'http://x.com/\ttab\n',
  'http://a@b@c.com/',
  'http://ex.com:/x',
  'http://ex.com:65536/',
  'http://ex.com#frag only',
  '?only=query',
  '#onlyhash',
  'foo',
  '',
  '  http://trim.me/  ',
  'http://xn--nxasmq6b.com/',
  'http://ÉXAMPLE.com/ü',
  'http://ex.com/a\\b\\c',
  'http://ex.com/{braces}|^`',
  'git+ssh://git@github.com:user/repo.git',
  'http://a.com?',
  'http://a.com/#',
  'HTTP://a.com:80',
  'ws://socket.io:443/path;params?x',
];
for (const input of inputs) {
  console.log(JSON.stringify(input));
  console.log('  ', plain(url.parse(input)));
  console.log('  q', JSON.stringify(url.parse(input, true).query));
}
console.log(plain(url.parse('//foo/bar', false, true)), plain(url.parse('//foo/bar', true, true)));
const parsed = url.parse('http://a.com/x?y=1&y=2&z');
console.log(parsed instanceof url.Url, typeof parsed.query, JSON.stringify(url.parse('http://a.com/x?y=1&y=2&z', true).query), Object.getPrototypeOf(url.parse('/?a=1', true).query));
tryIt('parse(1)', () => url.parse(1));
tryIt('parse(bad port)', () => plain(url.parse('http://a.com:xx/')));
tryIt('parse(invalid host)', () => plain(url.parse('http://a b.com/')));

// format
const formats = [
  { protocol: 'http', host: 'a.com', pathname: '/x', search: '?y=1' },
  { protocol: 'https:', hostname: 'a.com', port: 8080, pathname: 'no-slash', query: { a: [1, 2], b: 'c d' } },
  { protocol: 'mailto', auth: 'user', hostname: 'host.com' },
  { protocol: 'file', pathname: '/etc/x' },
  { protocol: 'http', slashes: true, host: 'h', hash: 'frag', search: 'q=1' },
  { pathname: '/a?b#c' },
  { host: 'h.com', pathname: 'p' },
  { protocol: 'ftp', host: 'f.com', auth: 'u:p@x', pathname: '/dir' },
  { hostname: '::1', protocol: 'http', port: 80 },
  {},
];
for (const f of formats) console.log('format', JSON.stringify(f), JSON.stringify(url.format(f)));
console.log(url.format('http://A.com/x?y#z'), url.format(url.parse('http://user@h.com:1/p?q=1#h')));
const whatwg = new URL('https://user:pw@測試.example/p?q=1#frag');
console.log(url.format(whatwg), url.format(whatwg, { auth: false, search: false, fragment: false, unicode: true }));
tryIt('format(5)', () => url.format(5));
tryIt('format(null)', () => url.format(null));

// resolve
const resolves = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://example.com/a/b', '../c'],
  ['http://example.com/a/b/', './c'], ['http://example.com/a/b', '//other.com/x'], ['http://example.com/a', 'https://secure.com'],
  ['http://example.com/a?x=1', '?y=2'], ['http://example.com/a#h', '#k'], ['http://example.com/a/b', ''], ['mailto:a@b.com', 'c'],
  ['http://a/b/c/d;p?q', 'g;x?y#s'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '.'], ['a/b', '../../c'],
  ['http://u:p@host/x', 'y'], ['file:///a/b', 'c'], ['', 'x'],
];
for (const [from, to] of resolves) console.log('resolve', JSON.stringify([from, to]), JSON.stringify(url.resolve(from, to)));
const base = url.parse('http://a.com/b/c');
console.log(plain(base.resolveObject('../d?e=1')), base.resolve('x'));

// file URLs and domains
for (const p of ['/tmp/a b/c#d?.txt', '/', '/a/%', '/ünï/cödé', 'relative/x', '/trailing/']) {
  const href = url.pathToFileURL(p).href;
  console.log('pathToFileURL', JSON.stringify(p), p.startsWith('/') ? href : href.replace(url.pathToFileURL(process.cwd()).href, '<cwd>'));
}
for (const u of ['file:///tmp/a%20b', 'file:///%C3%BC', new URL('file:///x/y'), 'file://localhost/etc', 'file:///a%2Fb', 'http://x/y', 'file://host/x', 'not a url']) {
  tryIt(`fileURLToPath(${u})`, () => url.fileURLToPath(u));
}
tryIt('fileURLToPath(1)', () => url.fileURLToPath(1));
for (const d of ['example.com', 'ÉXAMPLE.com', '測試.example', 'xn--nxasmq6b', 'münchen.de', 'a..b', 'xn--iñvalid.com', '']) {
  console.log('domain', JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(url.domainToASCII(d))));
}
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, typeof url.urlToHttpOptions, Object.keys(url).sort().join(','));
console.log(JSON.stringify(url.urlToHttpOptions(new URL('https://u:p@h.com:99/p?q#h'))));
