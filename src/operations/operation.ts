import type { Static, TSchema } from '@sinclair/typebox';
import type { ElementBudget } from '../wire/element-budget.js';
import type { WireValue } from '../wire/encode.js';

// A tensor-valued field of a request body and the ranks it accepts.
export interface TensorField {
  ranks: readonly number[];
  allowNaN?: boolean;
}

// Names the tensor field that may also arrive as a raw little-endian body
// (application/octet-stream), its other fields then coming in the query string.
export interface BinaryTensorSpec {
  field: string;
}

// Everything one capability of the service needs, in the order a request
// meets it: the wire schema, decoding and domain checks (prepare), the pure
// engine call (compute) and the wire form of the answer (present). REST
// routes, GraphQL resolvers and pool workers all run these same steps.
// The body schema is an object, or a union of objects where a capability
// takes more than one form (its OpenAPI document then shows each form).
export interface Operation<Body extends TSchema = TSchema, Input = unknown, Output = unknown> {
  readonly id: string;
  readonly path: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description: string;
  readonly body: Body;
  readonly response: TSchema;
  readonly tensorFields: Readonly<Record<string, TensorField>>;
  readonly binary?: BinaryTensorSpec;
  // True where the cost does not follow the body's size (seeded draws, tail
  // quantiles): such requests always run in the pool, so a short body cannot
  // hold the event loop for seconds.
  readonly heavy?: boolean;
  // Messages for fields the body may not have, by JSON Pointer, where a
  // bare "unknown field" would not tell the client what to send instead.
  readonly unknownFieldHints?: Readonly<Record<string, string>>;
  prepare(body: Static<Body>, budget: ElementBudget): Input;
  compute(input: Input): Output;
  present(output: Output): WireValue;
}

// The registry holds operations of many input and output types; this is the
// erased form it stores.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<TSchema, any, any>;

export function defineOperation<Body extends TSchema, Input, Output>(
  operation: Operation<Body, Input, Output>,
): AnyOperation {
  return operation as AnyOperation;
}
