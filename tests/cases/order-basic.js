// The canonical example: nextTick, then promise jobs, then timers.
setTimeout(() => console.log(1));
Promise.resolve().then(() => console.log(2));
process.nextTick(() => console.log(3));
