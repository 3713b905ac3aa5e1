import type { FastifyInstance } from 'fastify';

export interface GraphQLAnswer {
  status: number;
  data: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql(app: FastifyInstance, query: string,
  variables?: Record<string, unknown>): Promise<GraphQLAnswer> {
  const response = await app.inject({ method: 'POST', url: '/graphql',
    payload: { query, variables } });
  return { status: response.statusCode, ...response.json() };
}
