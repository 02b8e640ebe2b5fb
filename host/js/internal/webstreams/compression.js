'use strict';
// CompressionStream and DecompressionStream: as node builds them, a zlib
// Transform stream (host/js/zlib.js) wrapped into a web readable/writable pair,
// so the bytes are exactly what the zlib module produces.

const {
  customInspect,
  finishClass,
  invalidThis,
  invalidArgValue,
  kInspect,
} = require('internal/webstreams/util');

let zlib;
function lazyZlib() {
  zlib ??= require('zlib');
  return zlib;
}

// Node keeps these as own symbol properties; code that lists an instance's
// symbols sees the same three.
const kHandle = Symbol('kHandle');
const kTransform = Symbol('kTransform');
const kType = Symbol('kType');

function pairFrom(handle) {
  return require('internal/streams/web-adapters').newReadableWritablePairFromDuplex(handle);
}

function isCompressionStream(value) {
  return typeof value?.[kHandle] === 'object' && value?.[kType] === 'CompressionStream';
}

function isDecompressionStream(value) {
  return typeof value?.[kHandle] === 'object' && value?.[kType] === 'DecompressionStream';
}

class CompressionStream {
  [kType] = 'CompressionStream';

  /** @param {'deflate'|'deflate-raw'|'gzip'} format */
  constructor(format) {
    switch (format) {
      case 'deflate':
        this[kHandle] = lazyZlib().createDeflate();
        break;
      case 'deflate-raw':
        this[kHandle] = lazyZlib().createDeflateRaw();
        break;
      case 'gzip':
        this[kHandle] = lazyZlib().createGzip();
        break;
      default:
        throw invalidArgValue('format', format);
    }
    this[kTransform] = pairFrom(this[kHandle]);
  }

  get readable() {
    if (!isCompressionStream(this)) throw invalidThis('CompressionStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!isCompressionStream(this)) throw invalidThis('CompressionStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    if (!isCompressionStream(this)) throw invalidThis('CompressionStream');
    return customInspect('CompressionStream', {
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    }, depth, options, arguments[2]);
  }
}

class DecompressionStream {
  [kType] = 'DecompressionStream';

  /** @param {'deflate'|'deflate-raw'|'gzip'} format */
  constructor(format) {
    switch (format) {
      case 'deflate':
        this[kHandle] = lazyZlib().createInflate();
        break;
      case 'deflate-raw':
        this[kHandle] = lazyZlib().createInflateRaw();
        break;
      case 'gzip':
        this[kHandle] = lazyZlib().createGunzip();
        break;
      default:
        throw invalidArgValue('format', format);
    }
    this[kTransform] = pairFrom(this[kHandle]);
  }

  get readable() {
    if (!isDecompressionStream(this)) throw invalidThis('DecompressionStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!isDecompressionStream(this)) throw invalidThis('DecompressionStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    if (!isDecompressionStream(this)) throw invalidThis('DecompressionStream');
    return customInspect('DecompressionStream', {
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    }, depth, options, arguments[2]);
  }
}

finishClass(CompressionStream);
finishClass(DecompressionStream);

module.exports = { CompressionStream, DecompressionStream };
