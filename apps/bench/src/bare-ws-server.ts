/**
 * The fan-out baseline: a bare `ws` server that speaks just enough graphql-transport-ws (ack, subscribe) and, on
 * `POST /broadcast`, writes the request body, serialised once, to every subscribed socket. No policy, no GraphQL,
 * no database: the floor for raw socket writes on this machine.
 */
import { createServer } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { frameText } from './ws-frame';

const port = Number(process.env['PORT'] ?? 0);
const subscribed = new Set<WebSocket>();

const server = createServer((req, res) => {
  if (req.url === '/health/ready') {
    res.writeHead(200).end('{"status":"ok"}');
    return;
  }
  if (req.method !== 'POST' || req.url !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const frame = Buffer.concat(chunks);
    for (const ws of subscribed) ws.send(frame, { binary: false });
    res.writeHead(200).end(JSON.stringify({ sent: subscribed.size }));
  });
});

const wss = new WebSocketServer({ server, path: '/graphql', perMessageDeflate: false });
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const message = JSON.parse(frameText(data)) as { type?: string };
    if (message.type === 'connection_init') ws.send('{"type":"connection_ack"}');
    else if (message.type === 'subscribe') subscribed.add(ws);
  });
  ws.on('close', () => subscribed.delete(ws));
});

server.listen(port, '127.0.0.1');
const stop = () => {
  for (const ws of wss.clients) ws.terminate();
  server.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
