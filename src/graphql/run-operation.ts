import mercurius, { type MercuriusContext } from 'mercurius';
import { ProblemError, type ProblemDetails } from '../errors/problem-error.js';
import { dispatchSize } from '../operations/dispatch-size.js';
import { findOperationByPath } from '../operations/registry.js';
import '../http/context.js';

// mercurius is CommonJS: its error class is reached through the default export.
const { ErrorWithProps } = mercurius;
type ErrorWithProps = InstanceType<typeof ErrorWithProps>;

// GraphQL errors carry the REST problem: the same code, status, detail and
// pointers, so a client can handle both APIs alike.
export function problemToGraphQLError(problem: ProblemDetails): ErrorWithProps {
  const extensions: Record<string, unknown> = {
    code: problem.code, status: problem.status, type: problem.type,
  };
  if (problem.errors) extensions.errors = problem.errors;
  return new ErrorWithProps(problem.detail, extensions);
}

// GraphQL omits an optional argument or passes null for it; both mean
// "not given", which REST spells by leaving the field out.
export function withoutNulls(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value != null));
}

// Runs the operation behind a REST path with GraphQL arguments as its body:
// the same validation, dispatch (inline or pooled) and engine as the route.
// The request's size decides the dispatch, as it does for REST.
export async function runOperation(
  context: MercuriusContext, path: string, body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const operation = findOperationByPath(path);
  if (!operation) throw new Error(`no operation serves ${path}`);

  const sizeHint = dispatchSize(operation,
    Number(context.reply.request.headers['content-length'] ?? 0));
  try {
    const result = await context.app.dispatcher.run(
      { operation: operation.id, body: withoutNulls(body), answer: 'wire-object' }, sizeHint);
    if (!result.ok) throw problemToGraphQLError(result.problem);
    if (!('value' in result)) throw new Error('execute() answered in the wrong form');
    return result.value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ErrorWithProps) throw error;
    if (error instanceof ProblemError) throw problemToGraphQLError(error.toDetails());
    context.reply.request.log.error({ err: error, path }, 'graphql operation failed');
    throw new ErrorWithProps('an unexpected error occurred; the log has details',
      { code: 'internal-error', status: 500 });
  }
}
