const u = new URL('https://user:pa%20ss@example.com:8080/a/b/../c?x=1&y=two#frag');
console.log(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(u.searchParams.get('y'), [...u.searchParams], u.toString() === u.href, JSON.stringify({ u }));
u.searchParams.append('z', 'a b&c');
u.pathname = '/new path';
u.hash = '';
u.port = '443';
console.log(u.href);
console.log(new URL('../up?q', 'http://h.com/a/b/c').href, new URL('//other.org/x', 'https://h.com').href);
console.log(new URL('file:///tmp/a%20b.txt').pathname, new URL('HTTP://EXAMPLE.COM/%7e').href, new URL('http://[::1]:80/').host);
console.log(URL.canParse('nope'), URL.canParse('/a', 'http://x'));
try {
  new URL('not a url');
} catch (e) {
  console.log(e.name, e.code, e.message, e.input);
}
const p = new URLSearchParams('a=1&b=2&a=3&c=%F0%9F%98%80+x');
console.log(p.getAll('a'), p.get('c'), p.has('b'), p.size, p.toString());
p.sort();
p.delete('b');
p.set('a', 'only');
console.log(p.toString(), [...p.keys()], new URLSearchParams({ k: 'v', n: 1 }).toString(), new URLSearchParams([['x', 'y']]).toString());
console.log(u, p);
console.log(new URL('https://münchen.de/').hostname, require('url').domainToASCII('münchen.de'));
