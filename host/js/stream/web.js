'use strict';
// node:stream/web — the WHATWG Streams classes.

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');
const transform = require('internal/webstreams/transformstream');
const strategies = require('internal/webstreams/queuingstrategies');

// The encoding and compression streams load internal/encoding and zlib; defer
// that until used.
const lazyModules = {
  TextEncoderStream: 'internal/webstreams/encoding',
  TextDecoderStream: 'internal/webstreams/encoding',
  CompressionStream: 'internal/webstreams/compression',
  DecompressionStream: 'internal/webstreams/compression',
};

module.exports = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readable.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream: transform.TransformStream,
  TransformStreamDefaultController: transform.TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: strategies.ByteLengthQueuingStrategy,
  CountQueuingStrategy: strategies.CountQueuingStrategy,
};

for (const name of Object.keys(lazyModules)) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = require(lazyModules[name])[name];
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
