import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { apiSecurityHeaders } from '../src/http/security-headers.js';

// The practical ceiling: a bare Fastify route that parses a JSON body and
// prints it back, single-threaded, with no validation, maths or logging.
// A raw float32 body goes back as it came, for the binary ceiling.
const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' },
  (_request, body, done) => done(null, body));
app.post('/echo', async (request, reply) => (Buffer.isBuffer(request.body)
  ? reply.type('application/octet-stream').header('x-tensor-dtype', 'float32').send(request.body)
  : request.body));
// The same echo with the headers every Probity answer carries (helmet's, a
// request id, the replica name) and nothing else: it measures what those
// headers cost the server and the client.
const fixedHeaders = { ...apiSecurityHeaders(), 'x-probity-instance': 'echo' };
app.post('/echo-with-headers', async (request, reply) => {
  reply.headers(fixedHeaders).header('x-request-id', randomUUID());
  return request.body;
});
app.get('/health/ready', async () => ({ ready: true }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
