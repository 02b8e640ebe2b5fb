const yaml = require('js-yaml');
const doc = yaml.load('name: jsrig\nengines:\n  - quickjs\n  - v8\nnested: { a: 1, b: [true, null] }\n');
console.log(doc);
console.log(yaml.dump({ list: [1, 'two', { three: 3 }], str: 'multi\nline' }));
