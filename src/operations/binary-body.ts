import { Type, type TObject } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { Tensor } from '../engine/tensor.js';
import { readTensorBytes, writeTensorBytes, type Dtype } from '../wire/binary-tensor.js';
import { ElementBudget } from '../wire/element-budget.js';
import type { WireValue } from '../wire/encode.js';
import { checkFields } from './check-body.js';
import type { AnyOperation, BinaryTensorSpec } from './operation.js';

export const DtypeSchema = Type.Union([Type.Literal('float32'), Type.Literal('float64')], {
  default: 'float64', description: 'Element type of a binary body and of a binary answer.' });

export const ShapeSchema = Type.String({ pattern: '^\\d+(,\\d+)?$',
  description: '"N" for a vector or "R,C" for a matrix; a vector of the whole body if absent.' });

// A binary answer: the output tensors one after the other, and what a client
// needs to read them back.
export interface BinaryAnswer {
  bytes: Uint8Array;
  dtype: Dtype;
  shape: number[];
  fields: string[];
}

const querySchemas = new WeakMap<AnyOperation, TObject>();

// The query string of a binary request: the body's schema without the
// tensor field, plus dtype and shape. Unknown keys are refused as in JSON.
export function binaryQuerySchema(operation: AnyOperation, spec: BinaryTensorSpec): TObject {
  let schema = querySchemas.get(operation);
  if (!schema) {
    const rest = Type.Omit(operation.body, [spec.field]).properties;
    schema = Type.Object({ ...rest, dtype: Type.Optional(DtypeSchema),
      shape: Type.Optional(ShapeSchema) }, { additionalProperties: false });
    querySchemas.set(operation, schema);
  }
  return schema;
}

// Turns a raw tensor and its query string into the body prepare() expects,
// the tensor field holding a Tensor that decodeTensor checks like JSON.
export function readBinaryBody(
  operation: AnyOperation, bytes: Uint8Array, query: Record<string, unknown>, maxElements: number,
): { body: Record<string, unknown>; dtype: Dtype } {
  const spec = operation.binary;
  if (!spec) throw new Error(`${operation.id} takes no binary body`);
  const schema = binaryQuerySchema(operation, spec);

  // Query strings carry only text, so "2" becomes 2 here: the one place the
  // service converts types. The result is then checked strictly.
  const params = Value.Convert(schema, { ...query }) as Record<string, unknown>;
  checkFields(schema, params);
  const { dtype = 'float64', shape, ...fields } = params as
    { dtype?: Dtype; shape?: string } & Record<string, unknown>;

  const pointer = `/${spec.field}`;
  const tensor = readTensorBytes(bytes, dtype, shape, new ElementBudget(maxElements), pointer);
  return { body: { ...fields, [spec.field]: tensor }, dtype };
}

// The tensors of an operation's answer as one binary body.
export function binaryAnswer(output: WireValue, dtype: Dtype): BinaryAnswer {
  const entries = output instanceof Tensor ? [['value', output] as const]
    : Object.entries(output as Record<string, WireValue>);
  const tensors: Tensor[] = [];
  for (const [field, value] of entries) {
    if (!(value instanceof Tensor)) throw new Error(`answer field ${field} is not a tensor`);
    tensors.push(value);
  }
  return { bytes: writeTensorBytes(tensors, dtype), dtype, shape: [...tensors[0]!.shape],
    fields: entries.map(([field]) => field) };
}
