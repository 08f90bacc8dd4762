// A fast Bot Connector stand-in on loopback for the protocol benchmark: answers every
// POST .../activities with 201 {"id"} and counts them; GET /count returns the total.
'use strict';
const http = require('http');
const port = Number(process.env.PORT || 3990);
let count = 0;
http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/count') { res.end(String(count)); return; }
  req.resume();
  req.on('end', () => {
    count++;
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(`{"id":"m${count}"}`);
  });
}).listen(port, '127.0.0.1', () => console.log(`fake connector on ${port}`));
