// end() called from inside _write (as ws's Receiver does on a close frame): 'finish'
// comes once that write's callback has run, whether the callback is sync or async.
const { Writable } = require('stream');

function run(name, asyncCallback) {
  return new Promise((resolve) => {
    const w = new Writable({
      write(chunk, enc, cb) {
        console.log(name, 'write', String(chunk));
        this.end();
        console.log(name, 'inside write: ended', this.writableEnded, 'finished', this.writableFinished);
        if (asyncCallback) setTimeout(cb, 5);
        else cb();
      },
    });
    w.on('finish', () => {
      console.log(name, 'finish', w.writableFinished);
      // A second end() after finishing reports it to its callback.
      w.end((err) => {
        console.log(name, 'second end:', err && err.code);
        resolve();
      });
    });
    w.write('a');
    console.log(name, 'after write: finished', w.writableFinished);
  });
}

(async () => {
  await run('sync', false);
  await run('async', true);
})();
