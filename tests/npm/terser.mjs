import { minify } from 'terser';
const result = await minify('function add(first, second) { const total = first + second; return total; }\nconsole.log(add(1, 2));', { mangle: { toplevel: true } });
console.log(result.code);
