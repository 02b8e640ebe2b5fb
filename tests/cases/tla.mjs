console.log('before');
const value = await new Promise((resolve) => setTimeout(() => resolve(42), 10));
console.log('after', value);
const { double } = await import('./fixtures/esm-lib.mjs');
console.log(double(value));
