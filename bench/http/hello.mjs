// HTTP hello world: the smallest response, so the runtime's HTTP path is all that is measured.
import http from 'node:http';

http.createServer((req, res) => {
  res.end('Hello World');
}).listen(Number(process.env.PORT || 3000), '127.0.0.1');
