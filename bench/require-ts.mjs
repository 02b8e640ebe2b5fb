// require() of a large package: typescript (9 MB of JS) from tests/npm, then one transpile.
import path from 'node:path';
import { createRequire } from 'node:module';

const requireFromFixture = createRequire(path.join(import.meta.dirname, '..', 'tests', 'npm', 'package.json'));
const ts = requireFromFixture('typescript');
const out = ts.transpileModule('const x: number = 1; export default x;', { compilerOptions: { module: ts.ModuleKind.CommonJS } });
if (!out.outputText.includes('exports.default')) throw new Error('bad transpile');
