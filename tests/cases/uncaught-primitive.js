console.log('about to throw a number');
throw 42;
