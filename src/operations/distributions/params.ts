import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { problemAt } from '../../errors/problem-error.js';

// The values a parameter may take, as a test and as the text the catalogue
// and the error messages show.
export interface ParamRule {
  text: string;
  test(value: number): boolean;
}

export const anyReal: ParamRule = { text: 'any real number', test: () => true };
export const positive: ParamRule = { text: '> 0', test: (v) => v > 0 };
export const probability: ParamRule = { text: 'in [0, 1]', test: (v) => v >= 0 && v <= 1 };
export const positiveProbability: ParamRule = {
  text: 'in (0, 1]', test: (v) => v > 0 && v <= 1,
};
// Counts stay below 1e15 so every integer near the mean is a double.
export const rate: ParamRule = { text: 'in (0, 1e15]', test: (v) => v > 0 && v <= 1e15 };
export const count: ParamRule = {
  text: 'an integer >= 0', test: (v) => Number.isSafeInteger(v) && v >= 0,
};

export interface ParamSpec {
  name: string;
  description: string;
  rule: ParamRule;
  // Absent: the parameter is required.
  default?: number;
}

export type ParamValues = Record<string, number>;

// The typebox schema of a distribution's params object: each parameter a
// plain JSON number (so never NaN or infinite), optional where it has a
// default. Ranges are not schema keywords: breaking one is a 422 from
// resolveParams, not a 400.
export function paramsSchema(specs: readonly ParamSpec[]): TObject {
  const properties: Record<string, TSchema> = {};
  for (const spec of specs) {
    const base = { description: `${spec.description}; ${spec.rule.text}.` };
    properties[spec.name] = spec.default === undefined
      ? Type.Number(base)
      : Type.Optional(Type.Number({ ...base, default: spec.default }));
  }
  return Type.Object(properties, { additionalProperties: false });
}

// The parameters with their defaults filled in, each checked against its
// rule: a value outside it is a 422 naming /params/<name>.
export function resolveParams(specs: readonly ParamSpec[],
  given: Record<string, number | undefined> | undefined): ParamValues {
  const values: ParamValues = {};
  for (const spec of specs) {
    const value = given?.[spec.name] ?? spec.default;
    if (value === undefined) {
      throw problemAt('invalid-request', `/params/${spec.name}`, 'required field is missing');
    }
    if (!spec.rule.test(value)) {
      throw problemAt('domain-error', `/params/${spec.name}`,
        `must be ${spec.rule.text}, got ${value}`);
    }
    values[spec.name] = value;
  }
  return values;
}
