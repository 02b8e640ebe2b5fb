process.exitCode = 4;
process.on('exit', (code) => console.log('exiting with', code));
setTimeout(() => console.log('timer still runs'), 5);
