'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const {
  customInspect,
  finishClass,
  invalidThis,
  kInspect,
  validators,
  codes,
} = require('internal/webstreams/util');

// One size function per realm, shared by every instance (as the spec wants);
// method syntax gives them node's shape: named `size`, no prototype.
const { size: byteLengthSize } = { size(chunk) { return chunk.byteLength; } };
const { size: countSize } = { size() { return 1; } };

let isByteLength;
let isCount;

function readHighWaterMark(init) {
  validators().validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new (codes().ERR_MISSING_OPTION)('init.highWaterMark');
  return +init.highWaterMark;
}

class ByteLengthQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = readHighWaterMark(init);
  }

  static {
    isByteLength = (value) => value !== null && typeof value === 'object' && #highWaterMark in value;
  }

  get highWaterMark() {
    if (!isByteLength(this)) throw invalidThis('ByteLengthQueuingStrategy');
    return this.#highWaterMark;
  }

  get size() {
    if (!isByteLength(this)) throw invalidThis('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options) {
    return customInspect('ByteLengthQueuingStrategy', { highWaterMark: this.highWaterMark },
      depth, options, arguments[2]);
  }
}

class CountQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = readHighWaterMark(init);
  }

  static {
    isCount = (value) => value !== null && typeof value === 'object' && #highWaterMark in value;
  }

  get highWaterMark() {
    if (!isCount(this)) throw invalidThis('CountQueuingStrategy');
    return this.#highWaterMark;
  }

  get size() {
    if (!isCount(this)) throw invalidThis('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect('CountQueuingStrategy', { highWaterMark: this.highWaterMark },
      depth, options, arguments[2]);
  }
}

finishClass(ByteLengthQueuingStrategy);
finishClass(CountQueuingStrategy);

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  isByteLengthQueuingStrategy: (value) => isByteLength(value),
  isCountQueuingStrategy: (value) => isCount(value),
};
