const ts = require('typescript');
const out = ts.transpileModule('enum Color { Red, Green }\nconst f = (x: number): string => `${x}`;\nexport class A<T> { constructor(private v: T) {} get(): T { return this.v; } }\n', {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
});
console.log(out.outputText);
console.log(typeof ts.version, ts.version.split('.')[0]);
