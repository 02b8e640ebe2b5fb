const a = require('./fixtures/circular-a');
console.log('main sees', a.done, a.fromB);
