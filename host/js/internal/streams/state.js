'use strict';
// highWaterMark defaults and option parsing, and the bitfield that ReadableState
// and WritableState keep their boolean flags in. node v20 stores the flags as
// bits of one number under a `kState` symbol, with accessors on the prototype;
// the same layout here makes util.inspect() of a stream print what node prints.

const { errors, validators } = require('internal/streams/utils');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validators().validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// A Duplex takes `readableHighWaterMark`/`writableHighWaterMark` when the shared
// `highWaterMark` is absent; node's error then names the per-side option either way.
function getHighWaterMark(objectMode, options, duplexKey, isDuplex) {
  let value = options.highWaterMark;
  if (value == null && isDuplex) value = options[duplexKey];
  if (value == null) return getDefaultHighWaterMark(objectMode);
  if (!Number.isInteger(value) || value < 0) {
    const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, value);
  }
  return Math.floor(value);
}

const kState = Symbol('kState');

// Boolean accessors for the named bits of this[kState].
function defineBitAccessors(proto, bits) {
  for (const name of Object.keys(bits)) {
    const bit = bits[name];
    Object.defineProperty(proto, name, {
      get() { return (this[kState] & bit) !== 0; },
      set(value) {
        if (value) this[kState] |= bit;
        else this[kState] &= ~bit;
      },
      enumerable: false,
      configurable: false,
    });
  }
}

// A value kept under its own symbol, present (bit set) only when truthy. As in
// node, some values are stored even when falsy (`storeFalsy`), others only when
// truthy: that decides when the symbol shows up on the state.
function defineValueAccessor(proto, name, bit, valueKey, absent, storeFalsy) {
  Object.defineProperty(proto, name, {
    get() { return (this[kState] & bit) !== 0 ? this[valueKey] : absent(); },
    set(value) {
      if (value) {
        this[valueKey] = value;
        this[kState] |= bit;
      } else {
        if (storeFalsy) this[valueKey] = value;
        this[kState] &= ~bit;
      }
    },
    enumerable: false,
    configurable: false,
  });
}

// null/undefined, or a boolean: two bits, "has a value" and the value.
function defineTriState(proto, name, hasBit, valueBit, absent) {
  Object.defineProperty(proto, name, {
    get() {
      if ((this[kState] & hasBit) === 0) return absent;
      return (this[kState] & valueBit) !== 0;
    },
    set(value) {
      if (value == null) {
        this[kState] &= ~(hasBit | valueBit);
      } else if (value) {
        this[kState] |= hasBit | valueBit;
      } else {
        this[kState] = (this[kState] | hasBit) & ~valueBit;
      }
    },
    enumerable: false,
    configurable: false,
  });
}

// defaultEncoding: 'utf8' is a bit; anything else is stored.
function defineDefaultEncoding(proto, bit, valueKey) {
  Object.defineProperty(proto, 'defaultEncoding', {
    get() { return (this[kState] & bit) !== 0 ? 'utf8' : this[valueKey]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
        this[valueKey] = value;
      }
    },
    enumerable: false,
    configurable: false,
  });
}

module.exports = {
  defineBitAccessors,
  defineDefaultEncoding,
  defineTriState,
  defineValueAccessor,
  getDefaultHighWaterMark,
  getHighWaterMark,
  kState,
  setDefaultHighWaterMark,
};
