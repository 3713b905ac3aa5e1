import {
  Type, type Static, type TObject, type TProperties, type TSchema,
} from '@sinclair/typebox';
import { reduceLoss, type LossTerms, type Reduction } from '../../engine/losses/reduce.js';
import type { Tensor } from '../../engine/tensor.js';
import type { ElementBudget } from '../../wire/element-budget.js';
import { WireTensor } from '../../wire/schemas.js';
import { defineOperation, type AnyOperation, type TensorField } from '../operation.js';
import { assertDefinedLoss } from './defined-loss.js';

// What every loss request carries besides its own parameters.
interface CommonFields {
  input: unknown;
  target: unknown;
  reduction?: Reduction;
}

// What prepare() hands on: at least the reduction to apply.
export interface PreparedLoss {
  reduction: Reduction;
}

// One loss function of the service: its wire parameters (typebox schemas
// with defaults and descriptions) and how a request becomes loss terms.
// The route, the OpenAPI entry and the catalogue are all generated from it.
export interface LossDefinition<Params extends TProperties, Prepared extends PreparedLoss> {
  name: string;
  aliases?: readonly string[];
  // The torch.nn.functional function it follows, when there is one.
  pytorch: string | null;
  summary: string;
  formula: string;
  input: { description: string; ranks: readonly number[] };
  target: { description: string; ranks: readonly number[] };
  reductions: readonly Reduction[];
  parameters: Params;
  // Parameters that are tensors, for precise pointers on a bad element.
  tensorParameters?: Readonly<Record<string, TensorField>>;
  // Where the service deliberately differs from PyTorch, in a sentence.
  differences?: string;
  prepare(body: Static<TObject<Params>> & CommonFields, budget: ElementBudget): Prepared;
  terms(prepared: Prepared): LossTerms;
}

export type AnyLossDefinition = LossDefinition<TProperties, PreparedLoss>;

export function defineLoss<Params extends TProperties, Prepared extends PreparedLoss>(
  definition: LossDefinition<Params, Prepared>,
): AnyLossDefinition {
  return definition as unknown as AnyLossDefinition;
}

export const standardReductions: readonly Reduction[] = ['mean', 'sum', 'none'];

const LossResponse = Type.Object({
  loss: { ...WireTensor, description: 'A number for "mean", "sum" and "batchmean"; for '
    + '"none" the unreduced losses, one per element (or per sample).' },
}, { additionalProperties: false });

export function lossBody(definition: AnyLossDefinition): TObject {
  const tensor = (description: string): TSchema => ({ ...WireTensor, description });
  return Type.Object({
    input: tensor(definition.input.description),
    target: tensor(definition.target.description),
    reduction: Type.Optional(Type.Union(definition.reductions.map((r) => Type.Literal(r)), {
      default: 'mean', description: 'How the losses are combined, as in PyTorch.' })),
    ...definition.parameters,
  }, { additionalProperties: false });
}

// The operation serving one loss under one name (its own or an alias).
export function lossOperation(definition: AnyLossDefinition, name = definition.name): AnyOperation {
  const alias = name === definition.name ? '' : `Alias of ${definition.name}. `;
  return defineOperation({
    id: `losses/${name}`,
    path: `/losses/${name}`,
    tags: ['losses'],
    summary: definition.summary,
    description: `${alias}${definition.formula} `
      + (definition.pytorch ? `Follows ${definition.pytorch} in float64. ` : '')
      + (definition.differences ?? ''),
    body: lossBody(definition),
    response: LossResponse,
    tensorFields: {
      input: { ranks: definition.input.ranks },
      target: { ranks: definition.target.ranks },
      ...definition.tensorParameters,
    },
    prepare: definition.prepare,
    compute: (prepared: PreparedLoss) => {
      const terms = definition.terms(prepared);
      return { terms, reduction: prepared.reduction, loss: reduceLoss(terms, prepared.reduction) };
    },
    present: (output: { terms: LossTerms; reduction: Reduction; loss: Tensor | number }) => {
      assertDefinedLoss(output.terms, output.reduction, output.loss);
      return { loss: output.loss };
    },
  });
}
