process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code));
process.emitWarning('something to note');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning(new Error('an error as warning'));
console.log('sync code first');
