// A larger JSON response (~14 KB): 100 objects serialised on every request.
import http from 'node:http';

const items = Array.from({ length: 100 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b', 'c'], price: i * 1.25, active: i % 2 === 0 }));
http.createServer((req, res) => {
  const body = JSON.stringify({ items, count: items.length });
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(body);
}).listen(Number(process.env.PORT || 3000), '127.0.0.1');
