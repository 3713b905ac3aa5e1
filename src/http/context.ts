import type { Config } from '../config/schema.js';
import type { Dispatcher } from '../pool/dispatcher.js';

// Where the service is in its life: readiness is only reported while ready.
export type LifecycleState = 'starting' | 'ready' | 'draining';

export interface Lifecycle {
  state: LifecycleState;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    dispatcher: Dispatcher;
    lifecycle: Lifecycle;
  }
}
