const acorn = require('acorn');
const ast = acorn.parse('const f = async (a, b = 2) => a ?? b; class X { #p = 1; }', { ecmaVersion: 'latest' });
console.log(ast.body.length, ast.body[0].declarations[0].init.type, ast.body[1].body.body[0].type);
console.log(JSON.stringify(acorn.parseExpressionAt('1 + 2 * 3', 0)).length);
try {
  acorn.parse('let = ;', { ecmaVersion: 2020 });
} catch (e) {
  console.log(e.name, e.message, e.pos);
}
