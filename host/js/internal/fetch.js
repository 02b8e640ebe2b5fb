'use strict';
// WHATWG fetch, Headers, Request, Response and FormData, on the host's HTTP client
// (host/src/ops/http_client.rs). Bodies are web ReadableStreams; response bodies are
// pulled from the host as they are read.

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function web() {
  return require('stream/web');
}

function Buffer() {
  return require('buffer').Buffer;
}

function DOMException() {
  return require('internal/dom_exception').DOMException;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(v) {
  return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(name) {
  name = String(name);
  if (!TOKEN.test(name)) throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
  return name.toLowerCase();
}

// ---- Headers ---------------------------------------------------------------------

const kList = Symbol('list');
const kGuard = Symbol('guard');

class Headers {
  constructor(init = undefined) {
    // name (lowercase) -> [original-case name, value, ...set-cookie values]
    this[kList] = new Map();
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    if (init instanceof Headers) {
      for (const [k, v] of init[kList]) this[kList].set(k, v.slice());
      return;
    }
    if (typeof init !== 'object') throw new TypeError("Headers constructor: expected an object or an iterable");
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const kv = [...pair];
        if (kv.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + kv.length + '.');
        this.append(kv[0], kv[1]);
      }
    } else {
      for (const k of Object.keys(init)) this.append(k, init[k]);
    }
  }

  append(name, value) {
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const key = checkName(name);
    value = normalizeValue(value);
    const entry = this[kList].get(key);
    if (!entry) this[kList].set(key, [String(name), value]);
    else if (key === 'set-cookie') entry.push(value);
    else entry[1] = `${entry[1]}, ${value}`;
  }

  set(name, value) {
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const key = checkName(name);
    this[kList].set(key, [String(name), normalizeValue(value)]);
  }

  get(name) {
    const entry = this[kList].get(checkName(name));
    if (!entry) return null;
    return entry.slice(1).join(', ');
  }

  getSetCookie() {
    const entry = this[kList].get('set-cookie');
    return entry ? entry.slice(1) : [];
  }

  has(name) {
    return this[kList].has(checkName(name));
  }

  delete(name) {
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kList].delete(checkName(name));
  }

  // Sorted by name, set-cookie values kept apart, as the standard iterates them.
  *entries() {
    const keys = [...this[kList].keys()].sort();
    for (const k of keys) {
      const entry = this[kList].get(k);
      if (k === 'set-cookie') for (const v of entry.slice(1)) yield [k, v];
      else yield [k, entry.slice(1).join(', ')];
    }
  }

  *keys() {
    for (const [k] of this.entries()) yield k;
  }

  *values() {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(callback, thisArg) {
    for (const [k, v] of this.entries()) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  // Original-case names, for the wire.
  _flat() {
    const flat = [];
    for (const entry of this[kList].values()) for (const v of entry.slice(1)) flat.push(entry[0], v);
    return flat;
  }

  [kInspect](depth, options, inspect) {
    const obj = {};
    for (const entry of this[kList].values()) obj[entry[0]] = entry.length > 2 ? entry.slice(1) : entry[1];
    return `Headers ${inspect(obj, options)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

// ---- bodies ----------------------------------------------------------------------

const kBody = Symbol('body');
const kUsed = Symbol('used');

function streamOf(bytes) {
  return new (web().ReadableStream)({
    type: 'bytes',
    start(controller) {
      if (bytes.byteLength) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

// Extracts a body and its default Content-Type, as the standard's "extract".
function extractBody(init) {
  if (init === null || init === undefined) return { stream: null, source: null, type: null };
  if (typeof init === 'string') {
    const bytes = Buffer().from(init, 'utf8');
    return { stream: null, source: bytes, type: 'text/plain;charset=UTF-8' };
  }
  if (init instanceof URLSearchParams) return { stream: null, source: Buffer().from(init.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  if (init instanceof ArrayBuffer) return { stream: null, source: new Uint8Array(init.slice(0)), type: null };
  if (ArrayBuffer.isView(init)) return { stream: null, source: new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength)), type: null };
  const { Blob } = require('buffer');
  if (init instanceof Blob) return { stream: null, source: init, type: init.type || null };
  if (init instanceof FormData) {
    const boundary = `----formdata-jsrig-${Math.random().toString().slice(2, 14)}`;
    return { stream: null, source: init, boundary, type: `multipart/form-data; boundary=${boundary}` };
  }
  if (init instanceof web().ReadableStream) return { stream: init, source: null, type: null };
  return extractBody(String(init));
}

async function multipart(form, boundary) {
  const parts = [];
  const esc = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      parts.push(Buffer().from(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"\r\n\r\n${value.replace(/\r?\n|\r/g, '\r\n')}\r\n`));
    } else {
      parts.push(Buffer().from(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"; filename="${esc(value.name || 'blob')}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(Buffer().from(await value.arrayBuffer()));
      parts.push(Buffer().from('\r\n'));
    }
  }
  parts.push(Buffer().from(`--${boundary}--\r\n`));
  return Buffer().concat(parts);
}

// The whole body as bytes (consuming it).
async function consume(holder) {
  if (holder[kUsed]) throw new TypeError('Body is unusable: Body has already been read');
  const body = holder[kBody];
  holder[kUsed] = true;
  if (!body) return new Uint8Array(0);
  if (body.source !== null && body.source !== undefined) {
    const { Blob } = require('buffer');
    if (body.source instanceof Blob) return new Uint8Array(await body.source.arrayBuffer());
    if (body.source instanceof FormData) return multipart(body.source, body.boundary);
    return body.source;
  }
  const reader = body.stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const BodyMixin = {
  get body() {
    const b = this[kBody];
    if (!b) return null;
    if (!b.stream) {
      const source = b.source;
      b.stream = new (web().ReadableStream)({
        type: 'bytes',
        async pull(controller) {
          const { Blob } = require('buffer');
          const bytes = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source instanceof FormData ? await multipart(source, b.boundary) : source;
          if (bytes.byteLength) controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      });
      b.source = null;
    }
    return b.stream;
  },
  get bodyUsed() {
    return Boolean(this[kUsed]) || Boolean(this[kBody] && this[kBody].stream && this[kBody].stream.locked && this[kUsed]);
  },
  async arrayBuffer() {
    const bytes = await consume(this);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
  async bytes() {
    return new Uint8Array(await consume(this));
  },
  async text() {
    const bytes = await consume(this);
    return new TextDecoder().decode(bytes);
  },
  async json() {
    return JSON.parse(await this.text());
  },
  async blob() {
    const { Blob } = require('buffer');
    const bytes = await consume(this);
    return new Blob([bytes], { type: (this.headers && this.headers.get('content-type')) || '' });
  },
  async formData() {
    const type = (this.headers && this.headers.get('content-type')) || '';
    const text = await this.text();
    const form = new FormData();
    if (type.startsWith('application/x-www-form-urlencoded')) {
      for (const [k, v] of new URLSearchParams(text)) form.append(k, v);
      return form;
    }
    const m = /boundary=("?)([^";]+)\1/.exec(type);
    if (!m) throw new TypeError('Response.formData: Could not parse content as FormData.');
    for (const part of text.split(`--${m[2]}`).slice(1, -1)) {
      const [head, ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
      const value = rest.join('\r\n\r\n').replace(/\r\n$/, '');
      const name = /name="([^"]*)"/.exec(head);
      const filename = /filename="([^"]*)"/.exec(head);
      if (!name) continue;
      if (filename) {
        const { File } = require('buffer');
        form.append(name[1], new File([value], filename[1]));
      } else form.append(name[1], value);
    }
    return form;
  },
};

function mixBody(C) {
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(BodyMixin))) {
    Object.defineProperty(C.prototype, key, { ...Object.getOwnPropertyDescriptor(BodyMixin, key), enumerable: true });
  }
}

// ---- Request ----------------------------------------------------------------------

const kState = Symbol('state');

class Request {
  constructor(input, init = {}) {
    let url;
    let base = {};
    if (input instanceof Request) {
      base = input[kState];
      url = base.url;
    } else {
      try {
        url = new URL(String(input)).href;
      } catch (cause) {
        throw new TypeError(`Failed to parse URL from ${String(input)}`, { cause });
      }
    }
    const method = (init.method ?? base.method ?? 'GET').toString();
    const upper = method.toUpperCase();
    const normalized = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH'].includes(upper) ? upper : method;
    if (!TOKEN.test(normalized)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    const headers = new Headers(init.headers ?? base.headers);
    let body = null;
    if (init.body !== undefined && init.body !== null) {
      if (normalized === 'GET' || normalized === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      body = extractBody(init.body);
      if (body.type && !headers.has('content-type')) headers.set('content-type', body.type);
    } else if (input instanceof Request) {
      body = input[kBody];
    }
    const { AbortController } = require('internal/abort_controller');
    const controller = new AbortController();
    const parentSignal = init.signal ?? base.signal;
    if (parentSignal) {
      if (parentSignal.aborted) controller.abort(parentSignal.reason);
      else parentSignal.addEventListener('abort', () => controller.abort(parentSignal.reason), { once: true });
    }
    this[kState] = { url, method: normalized, headers, signal: controller.signal, redirect: init.redirect ?? base.redirect ?? 'follow' };
    this[kBody] = body;
    this[kUsed] = false;
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url; }
  get headers() { return this[kState].headers; }
  get signal() { return this[kState].signal; }
  get redirect() { return this[kState].redirect; }
  get destination() { return ''; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }
  get mode() { return 'cors'; }
  get credentials() { return 'same-origin'; }
  get cache() { return 'default'; }
  get integrity() { return ''; }
  get keepalive() { return false; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get duplex() { return 'half'; }

  clone() {
    if (this[kUsed]) throw new TypeError('Request.clone: Body has already been consumed.');
    const r = new Request(this);
    r[kBody] = cloneBody(this);
    return r;
  }

  [kInspect](depth, options, inspect) {
    const obj = {
      method: this.method, url: this.url, headers: this.headers, destination: '', referrer: 'about:client', referrerPolicy: '',
      mode: 'cors', credentials: 'same-origin', cache: 'default', redirect: this.redirect, integrity: '', keepalive: false,
      isReloadNavigation: false, isHistoryNavigation: false, signal: this.signal,
    };
    return `Request ${inspect(obj, options)}`;
  }
}
mixBody(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

function cloneBody(holder) {
  const b = holder[kBody];
  if (!b) return null;
  if (b.source !== null && b.source !== undefined) return { ...b };
  const [s1, s2] = b.stream.tee();
  b.stream = s1;
  return { ...b, stream: s2 };
}

// ---- Response ---------------------------------------------------------------------

class Response {
  constructor(body = null, init = {}) {
    const status = init.status ?? 200;
    if (status < 200 || status > 599) throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    this[kState] = { status, statusText: init.statusText ?? '', headers: new Headers(init.headers), type: 'default', url: '', redirected: false };
    this[kBody] = null;
    this[kUsed] = false;
    if (body !== null && body !== undefined) {
      if ([101, 204, 205, 304].includes(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
      const b = extractBody(body);
      this[kBody] = b;
      if (b.type && !this[kState].headers.has('content-type')) this[kState].headers.set('content-type', b.type);
    }
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    r.headers.set('content-type', 'application/json');
    return r;
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r[kState].status = 0;
    r[kState].type = 'error';
    return r;
  }

  static redirect(url, status = 302) {
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status });
    r.headers.set('location', new URL(String(url)).href);
    return r;
  }

  get status() { return this[kState].status; }
  get statusText() { return this[kState].statusText; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get headers() { return this[kState].headers; }
  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }

  clone() {
    if (this[kUsed]) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: this.status === 0 ? 200 : this.status, statusText: this.statusText, headers: this.headers });
    Object.assign(r[kState], { ...this[kState], headers: new Headers(this.headers) });
    r[kBody] = cloneBody(this);
    return r;
  }

  [kInspect](depth, options, inspect) {
    const obj = { status: this.status, statusText: this.statusText, headers: this.headers, body: this.body, bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url };
    return `Response ${inspect(obj, options)}`;
  }
}
mixBody(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// ---- FormData ---------------------------------------------------------------------

const kEntries = Symbol('entries');

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) throw new TypeError("FormData constructor: Argument 1 is not of type 'HTMLFormElement'.");
    this[kEntries] = [];
  }

  #value(value, filename) {
    const { Blob, File } = require('buffer');
    if (value instanceof Blob) {
      if (!(value instanceof File) || filename !== undefined) return new File([value], filename ?? 'blob', { type: value.type });
      return value;
    }
    return String(value);
  }

  append(name, value, filename) {
    this[kEntries].push([String(name), this.#value(value, filename)]);
  }

  set(name, value, filename) {
    name = String(name);
    const v = this.#value(value, filename);
    const i = this[kEntries].findIndex(([k]) => k === name);
    if (i === -1) {
      this[kEntries].push([name, v]);
      return;
    }
    this[kEntries][i] = [name, v];
    this[kEntries] = this[kEntries].filter(([k], j) => k !== name || j === i);
  }

  get(name) {
    const e = this[kEntries].find(([k]) => k === String(name));
    return e ? e[1] : null;
  }

  getAll(name) {
    return this[kEntries].filter(([k]) => k === String(name)).map(([, v]) => v);
  }

  has(name) {
    return this[kEntries].some(([k]) => k === String(name));
  }

  delete(name) {
    this[kEntries] = this[kEntries].filter(([k]) => k !== String(name));
  }

  *entries() {
    yield* this[kEntries].map((e) => e.slice());
  }

  *keys() {
    for (const [k] of this[kEntries]) yield k;
  }

  *values() {
    for (const [, v] of this[kEntries]) yield v;
  }

  forEach(callback, thisArg) {
    for (const [k, v] of this[kEntries]) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  [kInspect](depth, options, inspect) {
    const obj = {};
    for (const [k, v] of this[kEntries]) obj[k] = v;
    return `FormData ${inspect(obj, options)}`;
  }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

// ---- fetch ------------------------------------------------------------------------

let nextToken = 1_000_000;

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason : new (DOMException())('This operation was aborted', 'AbortError');
}

function networkError(cause) {
  return new TypeError('fetch failed', { cause });
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const signal = request.signal;
  if (signal.aborted) throw abortReason(signal);
  let url = request.url;
  let method = request.method;
  let bodyBytes = request[kBody] ? await consume(request) : undefined;
  const headers = new Headers(request.headers);
  if (!headers.has('accept')) headers.set('accept', '*/*');
  if (!headers.has('accept-language')) headers.set('accept-language', '*');
  if (!headers.has('sec-fetch-mode')) headers.set('sec-fetch-mode', 'cors');
  if (!headers.has('user-agent')) headers.set('user-agent', 'node');
  let redirected = false;
  for (let hops = 0; ; hops++) {
    const protocol = new URL(url).protocol;
    if (protocol === 'data:') return dataResponse(url);
    if (protocol !== 'http:' && protocol !== 'https:') throw networkError(new TypeError(`${protocol} URLs are not supported`));
    const token = nextToken++;
    const onAbort = () => bindings.httpRequestCancel(token);
    signal.addEventListener('abort', onAbort, { once: true });
    let head;
    try {
      head = await bindings.httpRequest(token, method, url, headers._flat(), bodyBytes);
    } catch (err) {
      if (signal.aborted) throw abortReason(signal);
      throw networkError(err);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    const [id, status, statusText, , rawHeaders] = head;
    const responseHeaders = new Headers();
    for (let i = 0; i < rawHeaders.length; i += 2) responseHeaders.append(rawHeaders[i], rawHeaders[i + 1]);
    if ([301, 302, 303, 307, 308].includes(status) && responseHeaders.has('location') && request.redirect !== 'manual') {
      bindings.httpResponseClose(id);
      if (request.redirect === 'error') throw networkError(new Error('unexpected redirect'));
      if (hops >= 20) throw networkError(new Error('redirect count exceeded'));
      url = new URL(responseHeaders.get('location'), url).href;
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        bodyBytes = undefined;
        headers.delete('content-type');
        headers.delete('content-length');
      }
      redirected = true;
      continue;
    }
    const response = new Response(null, { status: status < 200 ? 200 : status, statusText, headers: responseHeaders });
    response[kState].status = status;
    response[kState].url = url;
    response[kState].redirected = redirected;
    response[kState].type = 'basic';
    response[kState].headers[kGuard] = 'immutable';
    if (method !== 'HEAD' && ![204, 304].includes(status)) {
      const stream = new (web().ReadableStream)({
        type: 'bytes',
        async pull(controller) {
          let bytes;
          try {
            bytes = await bindings.httpResponseRead(id);
          } catch (err) {
            controller.error(signal.aborted ? abortReason(signal) : networkError(err));
            return;
          }
          if (bytes.byteLength === 0) controller.close();
          else controller.enqueue(bytes);
        },
        cancel() {
          bindings.httpResponseClose(id);
        },
      });
      signal.addEventListener('abort', () => {
        bindings.httpResponseClose(id);
      }, { once: true });
      response[kBody] = { stream, source: null, type: null };
    } else {
      bindings.httpResponseClose(id);
    }
    return response;
  }
}

function dataResponse(url) {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url);
  if (!m) throw networkError(new TypeError('invalid data: URL'));
  const bytes = m[2] ? Buffer().from(decodeURIComponent(m[3]), 'base64') : Buffer().from(decodeURIComponent(m[3]), 'latin1');
  return new Response(bytes, { headers: { 'content-type': m[1] || 'text/plain;charset=US-ASCII' } });
}

module.exports = { fetch, Headers, Request, Response, FormData };
