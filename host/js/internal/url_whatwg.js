'use strict';
// WHATWG URL and URLSearchParams. Parsing and setters are the host's (the `url`
// crate, which implements the same standard as Node's ada); the form-urlencoded
// handling of URLSearchParams is here.

const kParts = Symbol('parts');
const kSearchParams = Symbol('searchParams');
const kUrl = Symbol('url');
const kList = Symbol('list');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function codes() {
  return require('internal/errors').codes;
}

// Node keeps a URL's state in private fields: invisible to inspect (even with
// customInspect off, as assert's messages use) and to deep equality. Non-enumerable
// symbol properties are as invisible to both.
function defineSlot(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

function toUSVString(value) {
  return String(value).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    defineSlot(this, kParts, bindings.urlParse(input, base));
    defineSlot(this, kSearchParams, undefined);
  }

  static parse(input, base = undefined) {
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    try {
      bindings.urlParse(toUSVString(input), base === undefined ? undefined : toUSVString(base));
      return true;
    } catch {
      return false;
    }
  }

  get href() { return this[kParts].href; }
  set href(v) { this.#set('href', v); }
  get origin() { return this[kParts].origin; }
  get protocol() { return this[kParts].protocol; }
  set protocol(v) { this.#set('protocol', v); }
  get username() { return this[kParts].username; }
  set username(v) { this.#set('username', v); }
  get password() { return this[kParts].password; }
  set password(v) { this.#set('password', v); }
  get host() { return this[kParts].host; }
  set host(v) { this.#set('host', v); }
  get hostname() { return this[kParts].hostname; }
  set hostname(v) { this.#set('hostname', v); }
  get port() { return this[kParts].port; }
  set port(v) { this.#set('port', v); }
  get pathname() { return this[kParts].pathname; }
  set pathname(v) { this.#set('pathname', v); }
  get search() { return this[kParts].search; }
  set search(v) {
    this.#set('search', v);
    if (this[kSearchParams]) this[kSearchParams][kList] = parseParams(this[kParts].search.slice(1));
  }
  get hash() { return this[kParts].hash; }
  set hash(v) { this.#set('hash', v); }

  get searchParams() {
    if (this[kSearchParams] === undefined) {
      const params = new URLSearchParams(this[kParts].search);
      params[kUrl] = this;
      this[kSearchParams] = params;
    }
    return this[kSearchParams];
  }

  #set(part, value) {
    this[kParts] = bindings.urlSet(this[kParts].href, part, toUSVString(value));
    if (part === 'href' && this[kSearchParams]) this[kSearchParams][kList] = parseParams(this[kParts].search.slice(1));
  }

  toString() { return this[kParts].href; }
  toJSON() { return this[kParts].href; }

  [kInspect](depth, options, inspect) {
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    if (depth < 0) return options.stylize('[URL]', 'special');
    return `URL ${inspect(obj, { ...options, depth: options.depth === null ? null : depth })}`;
  }

  static createObjectURL(blob) {
    const { Blob } = require('buffer');
    if (!(blob instanceof Blob)) throw new (codes().ERR_INVALID_ARG_TYPE)('obj', 'Blob', blob);
    const id = `blob:nodedata:${randomId()}`;
    blobUrls.set(id, blob);
    return id;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    blobUrls.delete(`${url}`);
  }
}

const blobUrls = new Map();
function randomId() {
  let s = '';
  for (let i = 0; i < 32; i++) s += '0123456789abcdef'[(Math.random() * 16) | 0];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  Object.defineProperty(URL.prototype, k, { enumerable: true });
}
// Node's statics are enumerable too (inspect lists them on the class).
for (const k of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, k, { enumerable: true });
}

// application/x-www-form-urlencoded, as the URL standard parses it.
function decodeForm(s) {
  s = s.replace(/\+/g, ' ');
  if (!s.includes('%')) return s;
  const bytes = [];
  let out = '';
  const flush = () => {
    if (bytes.length) {
      out += decodeUtf8(bytes);
      bytes.length = 0;
    }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}

function decodeUtf8(bytes) {
  if (typeof bindings.utf8Decode === 'function') return bindings.utf8Decode(new Uint8Array(bytes));
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xF0 && b < 0xF5 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
    if (need < 0) {
      out += '\uFFFD';
      i++;
      continue;
    }
    let cp = need === 0 ? b : b & (0x3F >> need);
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || (c & 0xC0) !== 0x80) break;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (j <= need || (need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out += '\uFFFD';
      i += Math.max(1, j);
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function parseParams(query) {
  const list = [];
  if (query.startsWith('?')) query = query.slice(1);
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    list.push(decodeForm(name), decodeForm(value));
  }
  return list;
}

// The urlencoded serializer's percent-encode set: everything but *-._ and
// alphanumerics; spaces become '+'.
function encodeForm(s) {
  return encodeURIComponent(s).replace(/[!'()~]|%20/g, (c) => (c === '%20' ? '+' : '%' + c.charCodeAt(0).toString(16).toUpperCase()));
}

class URLSearchParams {
  constructor(init = undefined) {
    defineSlot(this, kList, []);
    defineSlot(this, kUrl, null);
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const iter = init[Symbol.iterator];
      if (typeof iter === 'function') {
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const kv = [...pair];
          if (kv.length !== 2) throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          this[kList].push(toUSVString(kv[0]), toUSVString(kv[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          this[kList].push(toUSVString(key), toUSVString(init[key]));
        }
      }
    } else {
      this[kList] = parseParams(toUSVString(init));
    }
  }

  #update() {
    const url = this[kUrl];
    if (url) {
      const query = this.toString();
      url[kParts] = bindings.urlSet(url.href, 'search', query);
    }
  }

  get size() { return this[kList].length / 2; }

  append(name, value) {
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this[kList];
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    this.#update();
  }

  get(name) {
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const out = [];
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    return false;
  }

  set(name, value) {
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this[kList];
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (found) {
          list.splice(i, 2);
          continue;
        }
        list[i + 1] = value;
        found = true;
      }
      i += 2;
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units, as the standard says.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    for (let i = 0; i < this[kList].length; i += 2) {
      Reflect.apply(callback, thisArg, [this[kList][i + 1], this[kList][i], this]);
    }
  }

  *entries() {
    for (let i = 0; i < this[kList].length; i += 2) yield [this[kList][i], this[kList][i + 1]];
  }

  *keys() {
    for (let i = 0; i < this[kList].length; i += 2) yield this[kList][i];
  }

  *values() {
    for (let i = 0; i < this[kList].length; i += 2) yield this[kList][i + 1];
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  toString() {
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2) parts.push(`${encodeForm(list[i])}=${encodeForm(list[i + 1])}`);
    return parts.join('&');
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return options.stylize('[URLSearchParams]', 'special');
    const list = this[kList];
    if (list.length === 0) return 'URLSearchParams {}';
    const items = [];
    for (let i = 0; i < list.length; i += 2) items.push(`${inspect(list[i], options)} => ${inspect(list[i + 1], options)}`);
    const flat = `URLSearchParams { ${items.join(', ')} }`;
    const breakLength = options.breakLength ?? 80;
    if (flat.length <= breakLength) return flat;
    return `URLSearchParams {\n  ${items.join(',\n  ')} }`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

function domainToASCII(domain) {
  if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
  return bindings.domainToAscii(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
  return bindings.domainToUnicode(`${domain}`);
}

// Node's url.urlToHttpOptions.
function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

module.exports = { URL, URLSearchParams, domainToASCII, domainToUnicode, urlToHttpOptions, blobUrls };
