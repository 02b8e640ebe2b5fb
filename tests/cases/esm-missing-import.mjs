import { nothing } from './fixtures/not-there.mjs';
console.log(nothing);
