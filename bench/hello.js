// Start-up: the whole process for a one-line program.
console.log('hello world');
