import('./fixtures/esm-lib.mjs').then((m) => {
  console.log('dynamic', m.name, m.double(5));
  return import('./fixtures/cjs-lib.js');
}).then((m) => {
  console.log('cjs via import', m.default.label, m.add(1, 1));
  return import('./fixtures/does-not-exist.mjs');
}).catch((e) => console.log('missing:', e.code));
