// fetch, Request, Response, Headers, FormData against a local server: methods,
// bodies (text, JSON, bytes, streams), redirects, status, abort, network errors.
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    if (req.url === '/redirect') {
      res.writeHead(302, { Location: '/target' });
      return res.end();
    }
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      return res.end(JSON.stringify({ ok: true, list: [1, 2] }));
    }
    if (req.url === '/stream') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      let n = 0;
      const timer = setInterval(() => {
        res.write(`chunk${n};`);
        if (++n === 3) {
          clearInterval(timer);
          res.end();
        }
      }, 5);
      return;
    }
    if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 300);
      return;
    }
    if (req.url === '/teapot') {
      res.statusCode = 418;
      return res.end('short and stout');
    }
    res.setHeader('X-Method', req.method);
    res.end(`${req.method} ${req.url} type=${req.headers['content-type']} body=${body}`);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/json`);
  console.log(r.status, r.ok, r.statusText, r.headers.get('content-type'), r.url === `${base}/json`, r.redirected, r.type);
  console.log(await r.json());

  r = await fetch(`${base}/echo`, { method: 'POST', body: 'plain text' });
  console.log(r.headers.get('x-method'), await r.text());

  r = await fetch(`${base}/echo`, { method: 'PUT', body: JSON.stringify({ a: 1 }), headers: { 'Content-Type': 'application/json' } });
  console.log(await r.text());

  r = await fetch(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ q: 'x y', n: '1' }) });
  console.log(await r.text());

  r = await fetch(`${base}/echo`, { method: 'POST', body: new Uint8Array([104, 105]) });
  console.log(await r.text());

  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('from '));
      c.enqueue(new TextEncoder().encode('a stream'));
      c.close();
    },
  });
  r = await fetch(`${base}/echo`, { method: 'POST', body: stream, duplex: 'half' });
  console.log(await r.text());

  const form = new FormData();
  form.append('field', 'value');
  r = await fetch(`${base}/echo`, { method: 'POST', body: form });
  const text = await r.text();
  console.log('multipart', text.includes('multipart/form-data; boundary='), text.includes('name="field"'), text.includes('value'));

  r = await fetch(`${base}/redirect`);
  console.log('redirected', r.status, r.redirected, new URL(r.url).pathname, await r.text());
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  console.log('manual', r.status, r.headers.get('location'));
  try {
    await fetch(`${base}/redirect`, { redirect: 'error' });
  } catch (e) {
    console.log('redirect error', e.name, e.message);
  }

  r = await fetch(`${base}/stream`);
  const reader = r.body.getReader();
  let all = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    all += new TextDecoder().decode(value);
  }
  console.log('streamed', all);

  r = await fetch(`${base}/teapot`);
  console.log(r.status, r.ok, await r.text());

  r = await fetch(new Request(`${base}/echo`, { method: 'DELETE' }));
  console.log(await r.text());

  const bytes = await (await fetch(`${base}/json`)).arrayBuffer();
  console.log('arrayBuffer', bytes instanceof ArrayBuffer, bytes.byteLength);
  const blob = await (await fetch(`${base}/json`)).blob();
  console.log('blob', blob.size, blob.type);

  const used = await fetch(`${base}/json`);
  await used.text();
  try {
    await used.text();
  } catch (e) {
    console.log('body reuse', e.name, e.message);
  }

  const controller = new AbortController();
  setTimeout(() => controller.abort(), 20);
  try {
    await fetch(`${base}/slow`, { signal: controller.signal });
  } catch (e) {
    console.log('aborted', e.name, e.message);
  }
  try {
    await fetch(`${base}/slow`, { signal: AbortSignal.timeout(20) });
  } catch (e) {
    console.log('timeout', e.name, e.message);
  }

  try {
    await fetch('not a url');
  } catch (e) {
    console.log('bad url', e.name, e.message, e.cause && e.cause.code);
  }
  try {
    await fetch('ftp://example.com/');
  } catch (e) {
    console.log('bad scheme', e.name, e.message);
  }

  // Standalone classes.
  const h = new Headers({ 'X-B': '2', 'x-a': '1' });
  h.append('X-A', '3');
  console.log([...h], h.get('x-a'), h.has('X-B'));
  const res = new Response('body', { status: 201, headers: { 'X-T': 't' } });
  console.log(res.status, res.statusText, res.headers.get('x-t'), await res.text());
  console.log(Response.json({ a: 1 }).headers.get('content-type'), Response.error().type, Response.redirect('http://x/', 301).status);
  const req = new Request('http://example.com/p?q=1', { method: 'post', headers: { A: 'b' }, body: 'x' });
  console.log(req.method, req.url, req.headers.get('a'), await req.text());

  server.close(async () => {
    try {
      await fetch(base);
    } catch (e) {
      console.log('refused', e.name, e.message, e.cause && e.cause.code);
    }
  });
});
