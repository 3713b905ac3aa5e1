import { randomUUID } from 'node:crypto';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

// A caller's request id is kept when it looks like one; otherwise a fresh
// UUID is made. Either way it comes back in the x-request-id header.
export function requestId(header: string | string[] | undefined): string {
  if (typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header)) return header;
  return randomUUID();
}

// One log line per request, written when the answer has gone: info for
// everything below 500, error with the cause for 5xx. No incoming-request
// line, and bodies are never logged.
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest,
    reply: FastifyReply): void {
    const line = {
      method: request.method,
      url: request.url,
      route: request.routeOptions.url,
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (reply.statusCode >= 500 || error) {
      request.log.error({ ...line, err: request.failure ?? error }, 'request failed');
    } else {
      request.log.info(line, 'request completed');
    }
  }
}
