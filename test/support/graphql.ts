import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

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

// An enum value, written bare in a GraphQL document.
export class GraphQLEnum {
  constructor(readonly value: string) {}
}

// A JSON value written as a GraphQL literal, so a REST body can be sent as
// inline arguments without declaring variable types.
export function literal(value: unknown): string {
  if (value instanceof GraphQLEnum) return value.value;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${key}: ${literal(item)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

export function argumentList(args: Record<string, unknown>): string {
  const present = Object.entries(args).filter(([, value]) => value !== undefined);
  if (present.length === 0) return '';
  return `(${present.map(([key, value]) => `${key}: ${literal(value)}`).join(', ')})`;
}

// Drops the null fields GraphQL returns for the parts of a union result that
// were not asked, so the answer compares with the REST body.
export function withoutNullFields(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null));
}

// Posts the same body to a REST route and, as variables, to a GraphQL field,
// and expects the same answer: the REST body as the field's value, or the
// REST problem as the first error's extensions.
export async function expectLikeRest(app: FastifyInstance, path: string, query: string,
  field: string, body: Record<string, unknown>): Promise<void> {
  const rest = await app.inject({ method: 'POST', url: path, payload: body });
  const answer = await graphql(app, query, body);
  if (rest.statusCode === 200) {
    expect(answer.data?.[field]).toEqual(rest.json());
    return;
  }
  const problem = rest.json();
  expect(answer.errors?.[0]?.extensions).toMatchObject({ code: problem.code,
    status: rest.statusCode, errors: problem.errors });
}
