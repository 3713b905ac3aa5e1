import type { ScalarActivation } from '../../engine/activations/elementwise.js';
import type { ActivationParameter } from './parameters.js';

export type ParameterSet = Record<string, ActivationParameter>;

export type ParameterValues<P extends ParameterSet> = { [K in keyof P]: P[K]['default'] };

// A rule between parameters that the values break: the parameters involved
// and why.
export interface ParameterConflict<P extends ParameterSet> {
  parameters: readonly (keyof P & string)[];
  message: string;
}

// One activation function as the service describes and serves it. Its
// route, its body schema, its OpenAPI text and its catalogue entry are all
// generated from this.
export interface ActivationDefinition<P extends ParameterSet = ParameterSet> {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly pytorch: string;
  readonly formula: string;
  readonly derivative: string;
  // Conventions at corners and any deliberate difference from PyTorch.
  readonly notes: string;
  readonly parameters: P;
  conflict?(values: ParameterValues<P>): ParameterConflict<P> | undefined;
  build(values: ParameterValues<P>): ScalarActivation;
}

export function defineActivation<P extends ParameterSet>(
  definition: ActivationDefinition<P>,
): ActivationDefinition {
  return definition as unknown as ActivationDefinition;
}
