import './fixtures/esm-lib.mjs';
console.log('module body runs');
throw new Error('thrown from an ES module');
