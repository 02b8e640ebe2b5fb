// readline over streams: Node's line splitting (\n, \r\n, \r, a last line without a
// newline, \r\n split across chunks), the async iterator, question() with callbacks
// and promises, prompts, pause/resume/close events, rl.write, the cursor helpers and
// keypress events.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Readable } = require('stream');

function collect(chunks) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => resolve(lines));
    for (const c of chunks) input.write(c);
    input.end();
  });
}

function output() {
  const out = new PassThrough();
  out.text = '';
  out.on('data', (d) => {
    out.text += d;
  });
  return out;
}

(async () => {
  console.log(JSON.stringify(await collect(['one\ntwo\r\nthree\rfour', '\nfive'])));
  console.log(JSON.stringify(await collect(['a\r', '\nb\n\n', 'c'])));
  console.log(JSON.stringify(await collect(['h\u00e9', 'llo \xe2\x9c', '\x93\n'].map((s) => Buffer.from(s, 'latin1')))));

  // The async iterator (the usual way to read a file line by line).
  const rl = readline.createInterface({ input: Readable.from(['x1\nx2\n', 'x3']), crlfDelay: Infinity });
  const seen = [];
  for await (const line of rl) seen.push(line);
  console.log('iterated', seen);

  // An input that ends at once closes the interface before the loop body runs;
  // the lines already read are still yielded.
  const early = readline.createInterface({ input: Readable.from(['1\n2\n3\n']) });
  early.on('close', () => console.log('closed at the end of input'));
  for await (const line of early) {
    console.log('first', line);
    break;
  }

  // Leaving the loop while input is still open: the interface stays open (Node 20).
  const open = new PassThrough();
  const stays = readline.createInterface({ input: open });
  stays.on('close', () => console.log('closed after break'));
  setTimeout(() => open.write('p\nq\n'), 5);
  for await (const line of stays) {
    console.log('got', line);
    break;
  }
  await new Promise((r) => setTimeout(r, 20));
  console.log('still open after the loop');
  stays.removeAllListeners('close');
  stays.close();

  // question(), prompts and events.
  const input = new PassThrough();
  const out = output();
  const q = readline.createInterface({ input, output: out, terminal: false, prompt: '$ ' });
  for (const e of ['pause', 'resume', 'close']) q.on(e, () => console.log('event', e));
  q.question('name? ', (answer) => {
    console.log('answer', JSON.stringify(answer), 'prompt back to', q.getPrompt());
    q.prompt();
    q.write('typed line\n');
  });
  q.on('line', (l) => {
    console.log('line', JSON.stringify(l));
    q.pause();
    q.resume();
    q.close();
  });
  const closed = new Promise((r) => q.once('close', r));
  input.write('Ada\n');
  await closed;
  console.log('output', JSON.stringify(out.text), 'terminal', q.terminal, 'closed', q.closed);
  try {
    q.question('again?', () => {});
  } catch (e) {
    console.log(e.code);
  }

  // readline/promises.
  const pin = new PassThrough();
  const p = rlp.createInterface({ input: pin, output: output() });
  setTimeout(() => pin.write('42\n'), 5);
  console.log('promised answer', await p.question('number? '));
  const ac = new AbortController();
  const pending = p.question('never? ', { signal: ac.signal });
  ac.abort();
  await pending.catch((e) => console.log('aborted', e.name, e.code));
  p.close();

  // Cursor helpers write ANSI sequences.
  const o = output();
  readline.cursorTo(o, 3);
  readline.cursorTo(o, 1, 2);
  readline.moveCursor(o, -2, 1);
  readline.clearLine(o, 0);
  readline.clearScreenDown(o);
  await new Promise((r) => setImmediate(r));
  console.log('ansi', JSON.stringify(o.text));
  const w = new rlp.Readline(o);
  o.text = '';
  await w.cursorTo(0).clearLine(1).commit();
  console.log('Readline', JSON.stringify(o.text));

  // keypress events.
  const keys = new PassThrough();
  readline.emitKeypressEvents(keys);
  const pressed = [];
  keys.on('keypress', (s, k) => pressed.push(`${JSON.stringify(s)}:${k.name}${k.ctrl ? '+ctrl' : ''}${k.shift ? '+shift' : ''}`));
  keys.write('aB1 \r\x1b[A\x03\x7f');
  await new Promise((r) => setImmediate(r));
  console.log('keys', pressed.join(' '));
})();
