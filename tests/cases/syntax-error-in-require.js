console.log('requiring a broken file');
require('./fixtures/broken.js');
