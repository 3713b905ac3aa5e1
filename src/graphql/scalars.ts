import { GraphQLError, Kind, type ValueNode } from 'graphql';

// Literal values written inside a query, turned into the JSON values a
// variable would carry. Validation of what they mean happens later, on the
// same path as REST, so REST and GraphQL refuse the same things.
function literalToJson(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value,
        literalToJson(field.value)]));
    default:
      throw new GraphQLError('variables are not allowed inside a JSON literal', { nodes: node });
  }
}

// Values leave exactly as the shared encoder wrote them (non-finite numbers
// already spelled as strings), so the scalars only pass them through.
function passThrough(value: unknown): unknown {
  return value;
}

// The scalars' behaviour; mercurius copies these onto the types declared in
// schema/, whose descriptions stay the ones written there.
const jsonScalar = {
  serialize: passThrough,
  parseValue: passThrough,
  parseLiteral: literalToJson,
};

export const scalarResolvers = {
  Float64: jsonScalar,
  Tensor: jsonScalar,
  JSON: jsonScalar,
  LogBase: jsonScalar,
};
