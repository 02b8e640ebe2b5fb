import cjs, { add, label } from './fixtures/cjs-lib.js';
import obj from './fixtures/data.json' with { type: 'json' };
console.log(typeof cjs, cjs.label, add(2, 3), label);
console.log(obj);
const dyn = await import('./fixtures/cjs-lib.js');
console.log(Object.keys(dyn).sort());
