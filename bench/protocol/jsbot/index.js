// The yardstick bot: Microsoft's JavaScript SDK (botbuilder 4.23.3), CloudAdapter with
// authentication off, behind a plain node http server. It answers a text turn with one reply
// POSTed to the activity's serviceUrl (the benchmark's fake Connector), like DanVanBot does.
'use strict';
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } = require('botbuilder');

const port = Number(process.env.PORT || 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => { console.error('turn error', error); };

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Bạn đã gửi: ${context.activity.text}`);
      await next();
    });
  }
}
const bot = new EchoBot();

// Minimal express-like request/response over node http, as CloudAdapter.process expects.
http.createServer((req, res) => {
  if (req.method !== 'POST') { res.statusCode = 405; return res.end(); }
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    try { req.body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.statusCode = 400; return res.end(); }
    res.status = code => { res.statusCode = code; return res; };
    res.header = (name, value) => { res.setHeader(name, value); return res; };
    res.send = body => { if (body !== undefined) { res.setHeader('content-type', 'application/json'); res.write(typeof body === 'string' ? body : JSON.stringify(body)); } return res; };
    adapter.process(req, res, context => bot.run(context)).catch(err => { console.error(err); res.statusCode = 500; res.end(); });
  });
}).listen(port, '127.0.0.1', () => console.log(`jsbot listening on ${port}`));
