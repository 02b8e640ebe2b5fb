const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.uniq([2, 1, 2, 3, 1]), _.camelCase('Foo Bar-baz'));
console.log(_.groupBy(['one', 'two', 'three'], 'length'), _.debounce instanceof Function);
console.log(_.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }), _.template('hi <%= who %>!')({ who: 'you' }));
console.log(_.sortBy([{ n: 3 }, { n: 1 }], 'n'), _.cloneDeep({ d: new Date(0) }), _.VERSION);
