'use strict';
// `stream/consumers`: a whole stream (Node Readable, web ReadableStream or any async
// iterable) read into one value.

async function buffer(stream) {
  const { Buffer } = require('buffer');
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks);
}

async function arrayBuffer(stream) {
  const b = await buffer(stream);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

async function blob(stream) {
  const { Blob } = require('buffer');
  return new Blob([await buffer(stream)]);
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, json, text };
