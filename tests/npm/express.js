// Express 5 with JSON routes, params, middleware, errors and 404s, called with fetch.
const express = require('express');
const app = express();
app.use(express.json());
app.use((req, res, next) => {
  res.set('X-Powered-Test', 'jsrig');
  next();
});
const items = [{ id: 1, name: 'first' }];
app.get('/items', (req, res) => res.json(items));
app.get('/items/:id', (req, res) => {
  const item = items.find((i) => i.id === Number(req.params.id));
  if (!item) return res.status(404).json({ error: 'not found' });
  res.json(item);
});
app.post('/items', (req, res) => {
  const item = { id: items.length + 1, name: req.body.name };
  items.push(item);
  res.status(201).json(item);
});
app.get('/query', (req, res) => res.send(`q=${req.query.q} ip-ok=${typeof req.ip}`));
app.get('/boom', () => {
  throw new Error('handler failed');
});
app.use((err, req, res, next) => res.status(500).json({ error: err.message }));
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const show = async (r) => console.log(r.status, r.headers.get('content-type'), r.headers.get('x-powered-test'), await r.text());
  await show(await fetch(`${base}/items`));
  await show(await fetch(`${base}/items/1`));
  await show(await fetch(`${base}/items/9`));
  await show(await fetch(`${base}/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'second' }) }));
  await show(await fetch(`${base}/items`));
  await show(await fetch(`${base}/query?q=hello`));
  await show(await fetch(`${base}/boom`));
  await show(await fetch(`${base}/missing`));
  server.close(() => console.log('closed'));
});
