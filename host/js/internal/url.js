'use strict';
// File URLs <-> paths, as Node's url.pathToFileURL(...).href and url.fileURLToPath
// give them for POSIX paths (the same encoding as host/src/url.rs).

// Bytes kept as they are in a file URL's path; everything else is %-encoded.
const KEEP = /[A-Za-z0-9\-._!$&'()*+,;=:@/]/;

function pathToFileHref(filepath) {
  const resolved = require('path').resolve(filepath);
  let out = 'file://';
  const bytes = new TextEncoderLite().encode(resolved.endsWith('/') || !filepath.endsWith('/') ? resolved : resolved + '/');
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && KEEP.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

// UTF-8 without depending on a global TextEncoder (QuickJS has none).
class TextEncoderLite {
  encode(s) {
    const out = [];
    for (const ch of s) {
      let cp = ch.codePointAt(0);
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xC0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
    return out;
  }
}

function fileURLToPath(url) {
  const href = typeof url === 'string' ? url : url && typeof url.href === 'string' ? url.href : undefined;
  const { codes } = require('internal/errors');
  if (href === undefined) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (!href.startsWith('file:')) throw new codes.ERR_INVALID_URL_SCHEME('file');
  let rest = href.slice(5);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    if (host !== '' && host !== 'localhost') throw new codes.ERR_INVALID_FILE_URL_HOST('linux');
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  rest = rest.replace(/[?#].*$/, '');
  if (/%2f/i.test(rest)) throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(rest);
}

module.exports = { pathToFileHref, fileURLToPath };
