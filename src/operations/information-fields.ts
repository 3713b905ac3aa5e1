import { Type } from '@sinclair/typebox';
import { problemAt } from '../errors/problem-error.js';
import { sumTolerance } from './probability-checks.js';

// Schema pieces and descriptions shared by the information measures and
// the joint-table form of /probability/conditional.

export const axiomsDescription = 'Probabilities must obey the axioms: every entry finite and '
  + `>= 0 and each distribution summing to 1 within ${sumTolerance}; otherwise the answer is `
  + 'a 422 naming the entry, or the distribution and its actual sum. They are used as '
  + 'given, never silently renormalised.';

export const NormalizeSchema = Type.Optional(Type.Boolean({ default: false,
  description: 'Opt in to scaling non-negative finite weights to sum to 1 first (each row '
    + 'of a matrix on its own). An all-zero distribution is still a 422.' }));

export const BaseSchema = Type.Optional(Type.Union([Type.Literal('e'), Type.Number()], {
  default: 'e',
  description: 'Logarithm base: "e" (nats, the default), 2 (bits), 10 or any number > 1 '
    + '(422 otherwise).' }));

// The base as a number: "e" or absent is Math.E; anything not above 1 has
// no unit of information.
export function decodeBase(base: 'e' | number | undefined): number {
  if (base === undefined || base === 'e') return Math.E;
  if (!(base > 1)) throw problemAt('domain-error', '/base', `must be > 1 (or "e"), got ${base}`);
  return base;
}
