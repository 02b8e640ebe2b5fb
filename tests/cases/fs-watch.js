// fs.watch on a directory and on a file (inotify events named as Node names them),
// recursive watching, fs.promises.watch, fs.watchFile polling, and the errors.
// inotify merges identical events that are not yet read, so how many arrive depends
// on timing: consecutive repeats are shown once.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-watch-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const unique = (events) => events.filter((e, i) => e !== events[i - 1]);

// Waits until events stop coming (or, when none come, 250 ms): a busy machine may
// deliver them late, and they must not spill into the next step.
async function settle(events) {
  const start = Date.now();
  let seen = -1;
  for (;;) {
    await sleep(40);
    if (events.length === seen && (events.length > 0 || Date.now() - start > 250)) return;
    seen = events.length;
  }
}

async function step(label, events, action) {
  events.length = 0;
  action();
  await settle(events);
  console.log(label.padEnd(16), JSON.stringify(unique(events)));
}

(async () => {
  const events = [];
  const watcher = fs.watch(dir, (type, name) => events.push(`${type} ${name}`));
  console.log('watcher', watcher instanceof require('events'), typeof watcher.close, typeof watcher.ref);
  await step('create', events, () => fs.writeFileSync(path.join(dir, 'a.txt'), 'one'));
  await step('append', events, () => fs.appendFileSync(path.join(dir, 'a.txt'), 'two'));
  await step('rename', events, () => fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt')));
  await step('mkdir', events, () => fs.mkdirSync(path.join(dir, 'sub')));
  await step('in subdir', events, () => fs.writeFileSync(path.join(dir, 'sub', 'deep.txt'), 'x'));
  await step('unlink', events, () => fs.unlinkSync(path.join(dir, 'b.txt')));
  watcher.on('close', () => console.log('watcher closed'));
  watcher.close();
  watcher.close();
  await sleep(10);

  // A watched file: events carry its own name.
  const file = path.join(dir, 'file.txt');
  fs.writeFileSync(file, 'start');
  const fileEvents = [];
  const fileWatcher = fs.watch(file, { encoding: 'utf8' }, (type, name) => fileEvents.push(`${type} ${name}`));
  await step('file write', fileEvents, () => fs.writeFileSync(file, 'changed'));
  await step('file chmod', fileEvents, () => fs.chmodSync(file, 0o600));
  fileWatcher.close();

  // Recursive: names are relative to the watched directory. (Node 20 learns of
  // changes inside files here by polling, so only renames are compared.)
  const recEvents = [];
  const rec = fs.watch(dir, { recursive: true }, (type, name) => type === 'rename' && recEvents.push(`${type} ${name}`));
  await step('recursive', recEvents, () => fs.writeFileSync(path.join(dir, 'sub', 'r.txt'), 'r'));
  await step('new subdir', recEvents, () => fs.mkdirSync(path.join(dir, 'sub', 'more')));
  await step('in new subdir', recEvents, () => fs.writeFileSync(path.join(dir, 'sub', 'more', 'm.txt'), 'm'));
  rec.close();

  // fs.promises.watch, ended by an AbortSignal.
  const ac = new AbortController();
  const seen = [];
  setTimeout(() => fs.writeFileSync(path.join(dir, 'p.txt'), 'p'), 20);
  setTimeout(() => ac.abort(), 150);
  try {
    for await (const { eventType, filename } of fs.promises.watch(dir, { signal: ac.signal })) {
      seen.push(`${eventType} ${filename}`);
    }
  } catch (e) {
    console.log('promises.watch ended:', e.name, e.code, JSON.stringify(unique(seen)));
  }

  // watchFile: polling stat; the listener gets (current, previous) Stats.
  const polled = path.join(dir, 'polled.txt');
  fs.writeFileSync(polled, '12');
  await new Promise((resolve) => {
    const listener = (curr, prev) => {
      console.log('watchFile change', prev.size, '->', curr.size, curr.isFile(), curr.mtimeMs >= prev.mtimeMs);
      fs.unwatchFile(polled, listener);
      resolve();
    };
    fs.watchFile(polled, { interval: 20 }, listener);
    setTimeout(() => fs.writeFileSync(polled, '12345'), 60);
  });

  for (const bad of [path.join(dir, 'missing'), 42]) {
    try {
      fs.watch(bad);
    } catch (e) {
      console.log('error', e.code, e.syscall, e.errno, e.message.replace(dir, '<dir>'));
    }
  }
  fs.rmSync(dir, { recursive: true });
  console.log('done');
})();
