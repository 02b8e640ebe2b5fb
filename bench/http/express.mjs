// An Express 5 app (from tests/npm): middleware, a router and a JSON route.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(import.meta.dirname, '..', '..', 'tests', 'npm', 'package.json'));
const express = require('express');
const app = express();
app.use((req, res, next) => {
  res.set('X-Bench', '1');
  next();
});
app.get('/', (req, res) => res.json({ hello: 'world', at: req.path }));
app.listen(Number(process.env.PORT || 3000), '127.0.0.1');
