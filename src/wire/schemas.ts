import { Type } from '@sinclair/typebox';

// JSON has no non-finite numbers, so they travel as these strings in both
// directions (the protobuf JSON convention).
export const WireNumber = Type.Union([
  Type.Number(),
  Type.Literal('Infinity'),
  Type.Literal('-Infinity'),
  Type.Literal('NaN'),
], { description: 'A float64; non-finite values as "Infinity", "-Infinity" or "NaN".' });

export const WireVector = Type.Array(WireNumber, { minItems: 1 });

export const WireMatrix = Type.Array(Type.Array(WireNumber, { minItems: 1 }), {
  minItems: 1,
  description: 'Rows of equal length; each row is one sample of a batch.',
});

export const WireVectorOrMatrix = Type.Union([WireVector, WireMatrix]);

export const WireTensor = Type.Union([WireNumber, WireVector, WireMatrix], {
  description: 'A number, a vector or a matrix (rows are a batch).',
});

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'A URI reference naming the problem, /problems/<code>.' }),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String({ description: 'Stable machine-readable code.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    pointer: Type.String({ description: 'JSON Pointer into the request, e.g. /logits/3.' }),
    message: Type.String(),
  }))),
}, { description: 'RFC 9457 problem details (application/problem+json).' });
