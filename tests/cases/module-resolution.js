// package.json exports/imports, conditions, patterns, self-reference, main, type.
console.log(require('exports-pkg'), require('exports-pkg/feature'), require('exports-pkg/lib/x.js'));
try {
  require('exports-pkg/private.js');
} catch (e) {
  console.log(e.code);
}
console.log(require.resolve('exports-pkg').split('node_modules')[1]);
console.log(require('main-pkg').name, require('./fixtures/with-imports/index.js'));
import('exports-pkg').then((m) => console.log('import condition:', m.default));
try {
  require('./node_modules/exports-pkg/package.json');
  console.log('package.json by path ok');
} catch (e) {
  console.log(e.code);
}
