import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { advise, type Advice, type AdviceRequest } from '../advice/advise.js';
import { architectures, symptoms, tasks } from '../advice/table.js';
import { defineOperation } from './operation.js';

function choiceOf<T extends string>(values: readonly T[], description: string) {
  return Type.Union(values.map((value) => Type.Literal(value)), { description });
}

const TaskSchema = choiceOf(tasks, 'What the network predicts.');
const ArchitectureSchema = choiceOf(architectures, 'The kind of network.');
const SymptomSchema = choiceOf(symptoms, 'Something going wrong in training.');

const AdviceBody = Type.Object({
  task: TaskSchema,
  architecture: Type.Optional({ ...ArchitectureSchema, default: 'mlp',
    description: 'The kind of network; mlp when absent.' }),
  symptoms: Type.Optional(Type.Array(SymptomSchema, { uniqueItems: true, default: [],
    description: 'What goes wrong in training, if anything.' })),
}, { additionalProperties: false });

const RoutedFunctionSchema = Type.Object({
  name: Type.String({ description: 'The function\'s name in this service.' }),
  route: Type.String({ description: 'The route that computes it, e.g. /activations/relu.' }),
  parameters: Type.Optional(Type.Record(Type.String(),
    Type.Union([Type.Number(), Type.Boolean(), Type.String()]),
    { description: 'Parameters to pass it, where the advice sets any.' })),
});

function withReason(properties: Record<string, TSchema>) {
  return Type.Object({ ...properties, reason: Type.String() });
}

const PairingSchema = withReason({ activation: RoutedFunctionSchema,
  loss: RoutedFunctionSchema });
const ChoiceSchema = Type.Composite([RoutedFunctionSchema,
  Type.Object({ reason: Type.String() })]);

export const TaskAdviceSchema = withReason({ task: TaskSchema,
  activation: RoutedFunctionSchema, loss: RoutedFunctionSchema,
  alternatives: Type.Array(PairingSchema) });
export const ArchitectureAdviceSchema = withReason({ architecture: ArchitectureSchema,
  activation: RoutedFunctionSchema, alternatives: Type.Array(ChoiceSchema) });
export const SymptomAdviceSchema = Type.Object({ symptom: SymptomSchema,
  cause: Type.String(), try: Type.Array(ChoiceSchema), practices: Type.Array(Type.String()) });

const AdviceResponse = Type.Object({
  output: TaskAdviceSchema,
  hidden: ArchitectureAdviceSchema,
  symptoms: Type.Array(SymptomAdviceSchema),
});

export const adviceDescription = 'The decision tables of deep-learning practice: for a task, '
  + 'the output activation and the loss that pair with it; for an architecture, the hidden '
  + 'activation to start from; for each symptom, what to try. Every answer carries its '
  + 'reason, and every function it names is a route of this service (`route`), with the '
  + 'parameters to pass where the advice sets any. GET /advice lists the whole table.';

export const adviceOperation = defineOperation({
  id: 'advice',
  path: '/advice',
  tags: ['advice'],
  summary: 'Output activation, loss, hidden activation and fixes for a task',
  description: adviceDescription,
  body: AdviceBody,
  response: AdviceResponse,
  tensorFields: {},
  prepare: (body: Static<typeof AdviceBody>): AdviceRequest => ({
    task: body.task, architecture: body.architecture ?? 'mlp', symptoms: body.symptoms ?? [],
  }),
  compute: advise,
  present: (advice: Advice) => advice,
});
