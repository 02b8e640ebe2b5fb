'use strict';
// Option parsing shared by tls and https.

function codes() {
  return require('internal/errors').codes;
}

function Buffer() {
  return require('buffer').Buffer;
}

// PEM given as a string, a Buffer or an array of either.
function pem(value, name) {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => pem(v, name)).join('\n');
  if (typeof value === 'string') return value;
  if (ArrayBuffer.isView(value)) return Buffer().from(value.buffer, value.byteOffset, value.byteLength).toString();
  if (value && typeof value === 'object' && value.pem !== undefined) return pem(value.pem, name);
  throw new (codes().ERR_INVALID_ARG_TYPE)(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

// ALPNProtocols as Node takes them: an array of strings or Buffers, or the wire format.
function alpnList(value) {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(String);
  if (ArrayBuffer.isView(value)) {
    const bytes = Buffer().from(value.buffer, value.byteOffset, value.byteLength);
    const out = [];
    for (let i = 0; i < bytes.length; i += 1 + bytes[i]) out.push(bytes.subarray(i + 1, i + 1 + bytes[i]).toString());
    return out;
  }
  throw new (codes().ERR_INVALID_ARG_TYPE)('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], value);
}

module.exports = { pem, alpnList };
