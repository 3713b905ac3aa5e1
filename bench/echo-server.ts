import Fastify from 'fastify';

// The practical ceiling: a bare Fastify route that parses a JSON body and
// prints it back, single-threaded, with no validation, maths or logging.
const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
app.post('/echo', async (request) => request.body);
app.get('/health/ready', async () => ({ ready: true }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
