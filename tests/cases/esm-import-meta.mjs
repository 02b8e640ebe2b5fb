console.log(import.meta.url);
console.log(import.meta.filename, import.meta.dirname);
console.log(typeof import.meta.resolve, import.meta.resolve('./fixtures/esm-lib.mjs'));
console.log(Object.keys(import.meta));
