const out = [];
const a = setImmediate((x) => out.push(`a ${x}`), 'arg');
const b = setImmediate(() => out.push('b'));
clearImmediate(b);
setImmediate(() => out.push('c'));
console.log(typeof a.hasRef, a.hasRef());
process.on('exit', () => console.log(out));
