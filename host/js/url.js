'use strict';
// Node's `url` module. The legacy API (url.parse, url.format, url.resolve,
// Url) is here, with node's quirks intact: it is not a standard parser, and
// programs depend on exactly how it splits odd input. The WHATWG URL class and
// its helpers come from internal/url_whatwg; fileURLToPath and pathToFileURL
// are node's, on top of the global URL.
// tools/jsdev/check-url-legacy.js compares this with node on a large corpus.

const { codes } = require('internal/errors');

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

let whatwg;
function lazyWhatwg() {
  if (whatwg === undefined) {
    try {
      whatwg = require('internal/url_whatwg');
    } catch {
      whatwg = null;
    }
  }
  return whatwg;
}

function emitWarning(...args) {
  const process = globalThis.process;
  if (process && typeof process.emitWarning === 'function') process.emitWarning(...args);
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path (with an optional query) and nothing else: the fast path.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// Protocols whose rest is never escaped or split into a host.
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
// Protocols that always have a `//` host part.
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Characters that cannot have come into a hostname through the splitting
// below; seeing one after IDNA conversion means the input was crafted.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters escaped in the path, query and hash even though
// encodeURIComponent would not need to.
const autoEscaped = new Map([
  [9, '%09'], [10, '%0A'], [13, '%0D'], [32, '%20'], [34, '%22'], [39, '%27'], [60, '%3C'], [62, '%3E'],
  [92, '%5C'], [94, '%5E'], [96, '%60'], [123, '%7B'], [124, '%7C'], [125, '%7D'],
]);

// Trimmed from both ends of the input: spaces, all C0 controls, NBSP, BOM.
function isTrimmedSpace(code) {
  return code < 33 || code === 160 || code === 65279;
}

// Characters that can never be part of a hostname: they end it (the rest
// becomes the path) unless an '@' later shows they were in the auth part.
function isNonHostChar(code) {
  switch (code) {
    case 9: case 10: case 13: case 32: case 34: case 37: case 39: case 59: case 60: case 62:
    case 92: case 94: case 96: case 123: case 124: case 125:
      return true;
  }
  return false;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

let warnedParse = false;

function pendingDeprecation() {
  const process = globalThis.process;
  if (!process) return false;
  return (Array.isArray(process.execArgv) && process.execArgv.includes('--pending-deprecation')) ||
    process.env?.NODE_PENDING_DEPRECATION === '1';
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedParse && pendingDeprecation()) {
    warnedParse = true;
    emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 /* [ */ && hostname.charCodeAt(hostname.length - 1) === 93 /* ] */;
}

let warnedInvalidPort = false;

// Cuts the hostname at the first character a hostname cannot hold; that part
// moves to the front of the path. A ':' there is a port that was not a
// number, which node still accepts, with a warning.
function getHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const code = hostname.charCodeAt(i);
    if (code === 47 /* / */ || code === 92 /* \ */ || code === 35 /* # */ || code === 63 /* ? */ || code === 58 /* : */) {
      if (!warnedInvalidPort && code === 58) {
        warnedInvalidPort = true;
        emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

function autoEscapeStr(rest) {
  let escaped = '';
  let lastEscapedPos = 0;
  for (let i = 0; i < rest.length; i++) {
    const replacement = autoEscaped.get(rest.charCodeAt(i));
    if (replacement !== undefined) {
      if (i > lastEscapedPos) escaped += rest.slice(lastEscapedPos, i);
      escaped += replacement;
      lastEscapedPos = i + 1;
    }
  }
  if (lastEscapedPos === 0) return rest;
  if (lastEscapedPos < rest.length) escaped += rest.slice(lastEscapedPos);
  return escaped;
}

// ---- IDNA for url.parse hostnames ----------------------------------------------------
//
// Node runs every hostname through ada's UTS #46 ToASCII, which (unlike the
// WHATWG host parser) neither reinterprets numbers as IPv4 addresses nor
// rejects ASCII control characters, and hands back its result as a C string
// (cut at the first NUL). ASCII labels pass unchanged, except that Punycode
// (`xn--`) labels must decode. Other labels use the host's UTS #46 mapping
// (bindings.domainToAscii) when there is one, else NFKC with case folding,
// which agrees with it on the common cases.

const kIgnored = /[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g;

function hostToASCII(label) {
  if (typeof bindings.domainToAscii !== 'function') return undefined;
  try {
    return bindings.domainToAscii(label);
  } catch {
    return '';
  }
}

function encodeLabelFallback(label) {
  const mapped = label.normalize('NFKC').toLowerCase().normalize('NFC').replace(kIgnored, '');
  if (!/[^\0-\x7f]/.test(mapped)) return mapped;
  return `xn--${require('punycode').encode(mapped)}`;
}

// Without the host's UTS #46 validation: the label must decode to something
// printable.
function punycodeLabelValidFallback(label) {
  let decoded;
  try {
    decoded = require('punycode').decode(label.slice(4));
  } catch {
    return false;
  }
  return decoded !== '' && !/[\0-\x1f\x7f-\x9f\ufffd]/.test(decoded);
}

// A label's ASCII form, or null when it is invalid.
function labelToASCII(label) {
  if (!/[^\0-\x7f]/.test(label)) {
    if (!label.startsWith('xn--')) return label;
    const checked = hostToASCII(label);
    if (checked !== undefined) return checked !== '' ? label : null;
    return punycodeLabelValidFallback(label) ? label : null;
  }
  const result = hostToASCII(label);
  if (result !== undefined) {
    // One label in, one label out; a dotted result is an IPv4 reading of a
    // label that maps to digits, which node does not do.
    if (result !== '' && !result.includes('.')) return result;
    // Rejected by the host parser: node still encodes labels whose only
    // fault is an ASCII control character or DEL, and rejects the rest.
    if (result === '' && !/[\0-\x1f\x7f]/.test(label)) return null;
  }
  return encodeLabelFallback(label);
}

function hostnameToASCII(hostname) {
  const labels = hostname.split(/[.\u3002\uff0e\uff61]/);
  const out = [];
  for (const label of labels) {
    const ascii = labelToASCII(label);
    if (ascii === null) return '';
    out.push(ascii);
  }
  const result = out.join('.');
  const nul = result.indexOf('\0');
  return nul === -1 ? result : result.slice(0, nul);
}

// ---- parse --------------------------------------------------------------------------

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  require('internal/validators').validateString(url, 'url');

  // Trim surrounding whitespace, and turn backslashes into slashes up to the
  // first '?' or '#' (browsers do the same).
  let hasHash = false;
  let hasAt = false;
  let start = -1;
  let end = -1;
  let rest = '';
  let lastPos = 0;
  for (let i = 0, inWs = false, split = false; i < url.length; i++) {
    const code = url.charCodeAt(i);
    const isWs = isTrimmedSpace(code);
    if (start === -1) {
      if (isWs) continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!isWs) {
        end = -1;
        inWs = false;
      }
    } else if (isWs) {
      end = i;
      inWs = true;
    }

    if (!split) {
      switch (code) {
        case 64: // @
          hasAt = true;
          break;
        case 35: // #
          hasHash = true;
          split = true;
          break;
        case 63: // ?
          split = true;
          break;
        case 92: // \
          if (i - lastPos > 0) rest += url.slice(lastPos, i);
          rest += '/';
          lastPos = i + 1;
          break;
      }
    } else if (!hasHash && code === 35) {
      hasHash = true;
    }
  }

  if (start !== -1) {
    if (lastPos === start) {
      // No backslashes converted.
      if (end === -1) rest = start === 0 ? url : url.slice(start);
      else rest = url.slice(start, end);
    } else if (end === -1 && lastPos < url.length) {
      rest += url.slice(lastPos);
    } else if (end !== -1 && lastPos < end) {
      rest += url.slice(lastPos, end);
    }
  }

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? lazyQuerystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // `user@server` is always a host, and `//foo/bar` is host foo when asked
  // (or with a protocol), as browsers resolve relative URLs.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The host ends at the first '/', '?' or '#'. Characters no host can
    // hold end it too, unless an '@' follows them: then they were part of
    // the auth, which runs up to the last '@'.
    //   http://a@b@c/ => auth a@b, host c
    //   http://a@b?@c => auth a, host b, path /?@c
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; i++) {
      const code = rest.charCodeAt(i);
      if (isNonHostChar(code)) {
        if (nonHost === -1) nonHost = i;
      } else if (code === 35 || code === 47 || code === 63) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (code === 64) {
        atSign = i;
        nonHost = -1;
      }
      if (hostEnd !== -1) break;
    }
    start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }

    this.parseHost();

    // There was a host part, so even an empty hostname is one.
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6Hostname = isIpv6Hostname(hostname);
    if (!ipv6Hostname) rest = getHostname(this, rest, hostname, url);

    if (this.hostname.length > hostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw new codes.ERR_INVALID_URL(url);
      } else {
        this.hostname = hostnameToASCII(this.hostname);
        // Empty, or holding a character the splitting above keeps out of
        // hostnames: the IDNA conversion produced it. Rather than guess, refuse.
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw new codes.ERR_INVALID_URL(url);
      }
    }

    const p = this.port ? `:${this.port}` : '';
    const h = this.hostname || '';
    this.host = h + p;

    // The brackets stay in host, not in hostname.
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  const useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  // path, for http.request.
  if (this.pathname || this.search) {
    const p = this.pathname || '';
    const s = this.search || '';
    this.path = p + s;
  }

  this.href = this.format();
  return this;
};

// ---- format -------------------------------------------------------------------------

const hexTable = Array.from({ length: 256 }, (_, i) => `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// ASCII left alone in the auth part: A-Z a-z 0-9 ! ' ( ) * - . : _ ~
const noEscapeAuth = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-.:_~") {
  noEscapeAuth[c.charCodeAt(0)] = 1;
}

// UTF-8 percent-encoding as querystring.escape does it (same leniency with
// surrogates), with the auth table.
function encodeAuth(str) {
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeAuth[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += hexTable[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      lastPos = i + 1;
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    i++;
    if (i >= str.length) throw new codes.ERR_INVALID_URI();
    const c2 = str.charCodeAt(i) & 0x3FF;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
      hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
  }
  if (lastPos === 0) return str;
  if (lastPos < str.length) return out + str.slice(lastPos);
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = encodeAuth(auth);
    auth += '@';
  }

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') query = lazyQuerystring().stringify(this.query);

  let search = this.search || (query && (`?${query}`)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58 /* : */) protocol += ':';

  // '#' and '?' in the pathname would start the hash and the query.
  let newPathname = '';
  let lastPos = 0;
  for (let i = 0; i < pathname.length; i++) {
    const code = pathname.charCodeAt(i);
    if (code === 35 || code === 63) {
      if (i - lastPos > 0) newPathname += pathname.slice(lastPos, i);
      newPathname += code === 35 ? '%23' : '%3F';
      lastPos = i + 1;
    }
  }
  if (lastPos > 0) pathname = lastPos !== pathname.length ? newPathname + pathname.slice(lastPos) : newPathname;

  // Only the slashed protocols get the '//' (not mailto:, xmpp:, ...),
  // unless the URL had them to begin with.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.charCodeAt(0) === 102 && protocol.charCodeAt(1) === 105 &&
               protocol.charCodeAt(2) === 108 && protocol.charCodeAt(3) === 101) {
      // file: URLs always get them.
      host = '//';
    }
  }

  search = search.replaceAll('#', '%23');

  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isWhatwgURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      require('internal/validators').validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject, fragment, unicode, search, auth);
  }
  return Reflect.apply(Url.prototype.format, urlObject, []);
}

// url.format takes the WHATWG path only for real URL instances.
function isWhatwgURL(value) {
  const URLClass = globalThis.URL;
  return typeof URLClass === 'function' && value instanceof URLClass;
}

// The serialization with parts left out, cut from the href: in a WHATWG
// href the first '?' starts the query and the first '#' the fragment, and
// the credentials end at the last '@' of the authority.
function formatWhatwg(url, fragment, unicode, search, auth) {
  let href = url.href;
  const hashAt = href.indexOf('#');
  if (!fragment && hashAt !== -1) href = href.slice(0, hashAt);
  const queryAt = href.indexOf('?');
  if (!search && queryAt !== -1) {
    const queryEnd = href.indexOf('#', queryAt);
    href = href.slice(0, queryAt) + (queryEnd === -1 ? '' : href.slice(queryEnd));
  }
  const protocol = url.protocol;
  if (!href.startsWith(`${protocol}//`)) return href;
  const authorityStart = protocol.length + 2;
  let authorityEnd = href.length;
  for (const c of ['/', '?', '#']) {
    const i = href.indexOf(c, authorityStart);
    if (i !== -1 && i < authorityEnd) authorityEnd = i;
  }
  let authority = href.slice(authorityStart, authorityEnd);
  const at = authority.lastIndexOf('@');
  let credentials = at === -1 ? '' : authority.slice(0, at + 1);
  let hostPart = at === -1 ? authority : authority.slice(at + 1);
  if (!auth) credentials = '';
  if (unicode) {
    const hostname = url.hostname;
    if (hostname !== '' && hostPart.startsWith(hostname)) {
      hostPart = domainToUnicode(hostname) + hostPart.slice(hostname.length);
    }
  }
  authority = credentials + hostPart;
  return href.slice(0, authorityStart) + authority + href.slice(authorityEnd);
}

// ---- resolve ------------------------------------------------------------------------

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

// Node's resolution: RFC 3986-like for the slashed protocols, with special
// handling of the others (mailto:, news:, ...) whose "host" is just the first
// path segment, and of relative paths going above the root.
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];

  // The hash always comes from the relative URL, even an empty one.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // `//host/path` keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    // As url.parse gives http://example.com a '/' path.
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol. Unless it is a slashed one, the relative URL is taken
    // as it is. For a slashed one there must be a host (file: excepted), so
    // the first path segment becomes it when there is none.
    if (!slashedProtocol.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      result.href = result.format();
      return result;
    }

    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      const p = result.pathname || '';
      const s = result.search || '';
      result.path = p + s;
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // In a non-slashed URL, `../..` may climb up into the "host" (the first
  // path segment): it is put into the path now and taken out again at the end.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // The relative URL's own protocol: the source's credentials go.
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment of the source path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query (`?foo`).
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      // The auth can end up in the host, as in
      // url.resolveObject('mailto:local1@domain1', 'local2@domain2').
      const authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (or empty) ends with a slash afterwards;
  // one ending in anything else does not.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.' segments and resolve '..'; `up` counts those that climb above the root.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      spliceOne(srcPath, i);
    } else if (last === '..') {
      spliceOne(srcPath, i);
      up++;
    } else if (up) {
      spliceOne(srcPath, i);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');

  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  // Take the host back out of the path.
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);

  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }

  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// ---- file URLs ----------------------------------------------------------------------

function isWindowsDefault() {
  return globalThis.process?.platform === 'win32';
}

// Node accepts anything shaped like a WHATWG URL here.
function looksLikeURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? isWindowsDefault();
  if (typeof path === 'string') path = new globalThis.URL(path);
  else if (!looksLikeURL(path)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Whether pathname has an escaped '/' (%2F), or with `backslash` an escaped '\' (%5C).
function hasEncodedSeparator(pathname, backslash) {
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (backslash && pathname[n + 1] === '5' && third === 99)) {
        return true;
      }
    }
  }
  return false;
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSeparator(pathname, true)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') {
    // A UNC path; an IDN host is shown decoded.
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname.charAt(2);
  if (letter < 97 || letter > 122 || sep !== ':') throw new codes.ERR_INVALID_FILE_URL_PATH('must be absolute');
  return pathname.slice(1);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(globalThis.process?.platform ?? 'linux');
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// Characters a path may hold that the URL parser would read as something else.
function encodePathChars(filepath, windows) {
  if (filepath.includes('%')) filepath = filepath.replaceAll('%', '%25');
  // Backslash is an ordinary character in POSIX paths.
  if (!windows && filepath.includes('\\')) filepath = filepath.replaceAll('\\', '%5C');
  if (filepath.includes('\n')) filepath = filepath.replaceAll('\n', '%0A');
  if (filepath.includes('\r')) filepath = filepath.replaceAll('\r', '%0D');
  if (filepath.includes('\t')) filepath = filepath.replaceAll('\t', '%09');
  return filepath;
}

function pathToFileURL(filepath, options) {
  const windows = options?.windows ?? isWindowsDefault();
  require('internal/validators').validateString(filepath, 'path');
  const path = require('path');
  if (windows && typeof filepath === 'string' && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\resource, or \\?\UNC\server\share\resource.
    const outURL = new globalThis.URL('file://');
    const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
    if (hostnameEndIndex === -1) {
      throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const hostname = filepath.slice(prefixLength, hostnameEndIndex);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodePathChars(filepath.slice(hostnameEndIndex).replaceAll('\\', '/'), windows);
    return outURL;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing slash, which matters in a URL.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== path.sep) resolved += '/';
  // '%' first, so the escapes below are not escaped again.
  resolved = encodePathChars(resolved, windows);
  if (resolved.includes('?')) resolved = resolved.replaceAll('?', '%3F');
  if (resolved.includes('#')) resolved = resolved.replaceAll('#', '%23');
  return new globalThis.URL(`file://${resolved}`);
}

// ---- WHATWG parts, from internal/url_whatwg when present --------------------------

function domainToASCII(domain) {
  const m = lazyWhatwg();
  if (m && typeof m.domainToASCII === 'function') return m.domainToASCII(...arguments);
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  return typeof bindings.domainToAscii === 'function' ? bindings.domainToAscii(`${domain}`) :
    hostnameToASCII(`${domain}`.toLowerCase());
}

function domainToUnicode(domain) {
  const m = lazyWhatwg();
  if (m && typeof m.domainToUnicode === 'function') return m.domainToUnicode(...arguments);
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  if (typeof bindings.domainToUnicode === 'function') return bindings.domainToUnicode(`${domain}`);
  try {
    return require('punycode').toUnicode(`${domain}`.toLowerCase());
  } catch {
    return '';
  }
}

function urlToHttpOptions(url) {
  const m = lazyWhatwg();
  if (m && typeof m.urlToHttpOptions === 'function') return m.urlToHttpOptions(url);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL: undefined,
  URLSearchParams: undefined,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

// URL and URLSearchParams are looked up on first use (keeping require('url')
// cheap), then kept as plain values.
for (const name of ['URL', 'URLSearchParams']) {
  Object.defineProperty(module.exports, name, {
    get() {
      const m = lazyWhatwg();
      const value = m ? m[name] : globalThis[name];
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}
