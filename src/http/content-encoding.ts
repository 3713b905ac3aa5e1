import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../errors/problem-error.js';

// Bodies are read as sent: a compressed one would otherwise reach the JSON
// parser as bytes and be refused as "not valid UTF-8", which does not say
// what to change.
export function refuseEncodedBodies(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (!encoding || encoding === 'identity') {
      done();
      return;
    }
    done(new ProblemError('unsupported-media-type', `Content-Encoding ${encoding} is not `
      + 'accepted; send the body uncompressed'));
  });
}
