import lib, { double, name } from './fixtures/esm-lib.mjs';
import * as ns from './fixtures/esm-lib.mjs';
console.log(lib, double(21), name);
console.log(Object.keys(ns).sort(), typeof ns.double);
console.log(typeof require, typeof module, typeof exports, typeof __filename);
console.log(this);
