'use strict';
// node:stream/web — the WHATWG Streams classes. CompressionStream and
// DecompressionStream are left out: node builds them on its native zlib, and
// a JS deflate could not produce node's exact bytes; they belong on top of
// the host's zlib module, so feature tests see them missing until then.

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');
const transform = require('internal/webstreams/transformstream');
const strategies = require('internal/webstreams/queuingstrategies');

let encodingStreams;
function encoding() {
  encodingStreams ??= require('internal/webstreams/encoding');
  return encodingStreams;
}

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

// The encoding streams load internal/encoding; defer that until used.
for (const name of ['TextEncoderStream', 'TextDecoderStream']) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = encoding()[name];
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
