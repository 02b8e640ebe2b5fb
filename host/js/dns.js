'use strict';
// The `dns` module: `lookup` through the system resolver (getaddrinfo), as Node's
// lookup does. The resolve* family needs a DNS client of its own (Node uses c-ares),
// which jsrig does not have yet: they answer what the system resolver knows.

function codes() {
  return require('internal/errors').codes;
}

function normalizeLookupOptions(options) {
  if (typeof options === 'number') return { family: options, all: false };
  if (options === undefined || options === null) return { family: 0, all: false };
  if (typeof options !== 'object') throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['integer', 'object'], options);
  let family = options.family ?? 0;
  if (family === 'IPv4') family = 4;
  if (family === 'IPv6') family = 6;
  if (![0, 4, 6].includes(family)) throw new (codes().ERR_INVALID_ARG_VALUE)('options.family', family, 'must be one of: 0, 4, 6');
  return { family, all: Boolean(options.all), order: options.order ?? (options.verbatim === false ? 'ipv4first' : 'verbatim') };
}

function toEntries(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ address: flat[i], family: flat[i + 1] });
  return out;
}

function ipFamily(host) {
  return require('net').isIP(host);
}

async function lookupEntries(hostname, o) {
  if (typeof hostname !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('hostname', 'string', hostname);
  const literal = ipFamily(hostname);
  if (literal) return [{ address: hostname, family: literal }];
  if (!hostname) return [{ address: o.family === 6 ? '::1' : '127.0.0.1', family: o.family === 6 ? 6 : 4 }];
  let entries = toEntries(await bindings.dnsLookup(hostname, o.family));
  if (o.order === 'ipv4first') entries = [...entries.filter((e) => e.family === 4), ...entries.filter((e) => e.family === 6)];
  return entries;
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
  const o = normalizeLookupOptions(options);
  lookupEntries(hostname, o).then(
    (entries) => {
      if (o.all) globalThis.process.nextTick(callback, null, entries);
      else globalThis.process.nextTick(callback, null, entries[0].address, entries[0].family);
    },
    (err) => globalThis.process.nextTick(callback, err),
  );
  return {};
}

async function lookupPromise(hostname, options) {
  const o = normalizeLookupOptions(options);
  const entries = await lookupEntries(hostname, o);
  return o.all ? entries : entries[0];
}

function resolver(family) {
  return async (hostname) => (await lookupEntries(hostname, { family, all: true })).map((e) => e.address);
}

function callbackResolver(family) {
  const resolve = resolver(family);
  return (hostname, options, callback) => {
    if (typeof options === 'function') callback = options;
    resolve(hostname).then((a) => globalThis.process.nextTick(callback, null, a), (e) => globalThis.process.nextTick(callback, e));
  };
}

let order = 'verbatim';

const promises = {
  lookup: lookupPromise,
  resolve4: resolver(4),
  resolve6: resolver(6),
  resolve: (hostname, rrtype = 'A') => resolver(rrtype === 'AAAA' ? 6 : 4)(hostname),
  getDefaultResultOrder: () => order,
  setDefaultResultOrder: (o) => {
    order = o;
  },
};

const codesList = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];

const dns = {
  lookup,
  resolve: (hostname, rrtype, callback) => {
    if (typeof rrtype === 'function') return callbackResolver(4)(hostname, rrtype);
    return callbackResolver(rrtype === 'AAAA' ? 6 : 4)(hostname, callback);
  },
  resolve4: callbackResolver(4),
  resolve6: callbackResolver(6),
  getDefaultResultOrder: () => order,
  setDefaultResultOrder: (o) => {
    order = o;
  },
  ADDRCONFIG: 1024,
  ALL: 256,
  V4MAPPED: 2048,
  promises,
};
for (const c of codesList) dns[c] = `E${c}`;

module.exports = dns;
