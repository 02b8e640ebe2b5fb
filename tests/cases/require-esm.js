const ns = require('./fixtures/esm-lib.mjs');
console.log(ns.name, ns.double(4), ns.default);
