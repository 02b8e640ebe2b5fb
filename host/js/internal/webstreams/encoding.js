'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding), as
// TransformStreams around a TextEncoder/TextDecoder.

const {
  customInspect,
  finishClass,
  invalidThis,
  kInspect,
  validators,
} = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

// internal/encoding is the host's; a bare development setup may lack it, and
// then the globals are used.
function encodingClasses() {
  try {
    const mod = require('internal/encoding');
    if (typeof mod.TextEncoder === 'function' && typeof mod.TextDecoder === 'function') return mod;
  } catch {}
  return { TextEncoder: globalThis.TextEncoder, TextDecoder: globalThis.TextDecoder };
}

function isHighSurrogate(code) {
  return code >= 0xd800 && code <= 0xdbff;
}

let isEncoderStream;
let isDecoderStream;

class TextEncoderStream {
  #encoder;
  #transform;
  // A high surrogate that ended the last chunk, waiting for its low half.
  #pending = '';

  constructor() {
    const { TextEncoder } = encodingClasses();
    this.#encoder = new TextEncoder();
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        let text = this.#pending + String(chunk);
        this.#pending = '';
        if (text.length === 0) return;
        if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
          this.#pending = text[text.length - 1];
          text = text.slice(0, -1);
          if (text.length === 0) return;
        }
        controller.enqueue(this.#encoder.encode(text));
      },
      flush: (controller) => {
        // A lone high surrogate at the end encodes as U+FFFD.
        if (this.#pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        this.#pending = '';
      },
    });
  }

  static {
    isEncoderStream = (value) => value !== null && typeof value === 'object' && #encoder in value;
  }

  get encoding() {
    if (!isEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return this.#encoder.encoding;
  }

  get readable() {
    if (!isEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return this.#transform.readable;
  }

  get writable() {
    if (!isEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (!isEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return customInspect('TextEncoderStream', {
      encoding: this.#encoder.encoding,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    }, depth, options, arguments[2]);
  }
}

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = {}) {
    validators().validateObject(options, 'options', 7);
    const { TextDecoder } = encodingClasses();
    this.#decoder = new TextDecoder(encoding, options);
    // Node reads the flags once more, in this order, to keep them.
    void options?.ignoreBOM;
    void options?.fatal;
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        const value = this.#decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this.#decoder.decode();
        if (value) controller.enqueue(value);
        // Node terminates here, which closes the readable side from within
        // flush (a microtask earlier than returning would).
        controller.terminate();
      },
    });
  }

  static {
    isDecoderStream = (value) => value !== null && typeof value === 'object' && #decoder in value;
  }

  get encoding() {
    if (!isDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this.#decoder.encoding;
  }

  get fatal() {
    if (!isDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    if (!isDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    if (!isDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this.#transform.readable;
  }

  get writable() {
    if (!isDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (!isDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return customInspect('TextDecoderStream', {
      encoding: this.#decoder.encoding,
      fatal: this.#decoder.fatal,
      ignoreBOM: this.#decoder.ignoreBOM,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    }, depth, options, arguments[2]);
  }
}

// Node gives these two no toStringTag.
finishClass(TextEncoderStream, null);
finishClass(TextDecoderStream, null);

module.exports = { TextEncoderStream, TextDecoderStream };
