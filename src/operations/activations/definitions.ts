import { celu, elu, selu } from '../../engine/activations/exponential.js';
import { gelu, geluTanh } from '../../engine/activations/gelu.js';
import {
  logsigmoid, mish, sigmoid, silu, softplus,
} from '../../engine/activations/logistic.js';
import {
  hardsigmoid, hardswish, hardtanh, identity, leakyRelu, relu, relu6,
} from '../../engine/activations/piecewise.js';
import { softsign, tanh } from '../../engine/activations/squashing.js';
import { defineActivation, type ActivationDefinition } from './definition.js';
import {
  choiceParameter, nonZeroParameter, positiveParameter, realParameter,
} from './parameters.js';

const torch = 'torch.nn.functional.';
const expm1Note = 'Uses expm1, so tiny negative x keep their precision '
  + '(PyTorch evaluates exp(x) - 1 and gives 0 at -1e-300).';

// Every activation the service offers, in the order of the catalogue.
export const activationDefinitions: readonly ActivationDefinition[] = [
  defineActivation({
    name: 'relu', aliases: [], pytorch: `${torch}relu`, parameters: {},
    formula: 'max(0, x)', derivative: 'x > 0 ? 1 : 0',
    notes: "relu'(0) = 0, as in PyTorch.",
    build: () => relu,
  }),
  defineActivation({
    name: 'leaky-relu', aliases: [], pytorch: `${torch}leaky_relu`,
    parameters: { negativeSlope: realParameter(0.01, 'Slope for x <= 0.') },
    formula: 'x > 0 ? x : negativeSlope * x', derivative: 'x > 0 ? 1 : negativeSlope',
    notes: 'The derivative at 0 is negativeSlope, as in PyTorch.',
    build: ({ negativeSlope }) => leakyRelu(negativeSlope),
  }),
  defineActivation({
    name: 'prelu', aliases: [], pytorch: `${torch}prelu`,
    parameters: { weight: realParameter(0.25, 'The one weight shared by every element.') },
    formula: 'x > 0 ? x : weight * x', derivative: 'x > 0 ? 1 : weight',
    notes: 'One shared weight (PReLU with num_parameters=1); the derivative at 0 is the '
      + 'weight, as in PyTorch. The gradient is dy/dx, not dy/dweight.',
    build: ({ weight }) => leakyRelu(weight),
  }),
  defineActivation({
    name: 'sigmoid', aliases: [], pytorch: 'torch.sigmoid', parameters: {},
    formula: '1 / (1 + exp(-x))', derivative: 'sigmoid(x) * sigmoid(-x)',
    notes: 'Both tails keep their relative precision: sigmoid(-710) = 4.5e-309, not 0.',
    build: () => sigmoid,
  }),
  defineActivation({
    name: 'tanh', aliases: [], pytorch: 'torch.tanh', parameters: {},
    formula: 'tanh(x)', derivative: '1 / cosh(x)^2',
    notes: 'The derivative is computed as 1 / cosh(x)^2, which keeps the tails where '
      + "PyTorch's 1 - tanh(x)^2 gives 0.",
    build: () => tanh,
  }),
  defineActivation({
    name: 'silu', aliases: ['swish'], pytorch: `${torch}silu`, parameters: {},
    formula: 'x * sigmoid(x)', derivative: 'sigmoid(x) * (1 + x * sigmoid(-x))',
    notes: 'Also served as /activations/swish.',
    build: () => silu,
  }),
  defineActivation({
    name: 'gelu', aliases: [], pytorch: `${torch}gelu`,
    parameters: { approximate: choiceParameter(['none', 'tanh'], 'none',
      '"none": the exact x * Phi(x); "tanh": the tanh approximation.') },
    formula: 'approximate "none": x * Phi(x), Phi the standard normal CDF; "tanh": '
      + '0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))',
    derivative: '"none": Phi(x) + x * phi(x); "tanh": the derivative of the tanh form',
    notes: 'Phi is computed through erfc, so the left tail keeps its precision; the tanh '
      + 'form is evaluated as x * sigmoid(2u) to avoid cancelling 1 + tanh(u), and its '
      + 'derivative is exact at ±1e308, where PyTorch gives NaN.',
    build: ({ approximate }) => (approximate === 'tanh' ? geluTanh : gelu),
  }),
  defineActivation({
    name: 'elu', aliases: [], pytorch: `${torch}elu`,
    parameters: { alpha: realParameter(1, 'Scale of the negative branch.') },
    formula: 'x > 0 ? x : alpha * (exp(x) - 1)', derivative: 'x > 0 ? 1 : alpha * exp(x)',
    notes: `The derivative at 0 is alpha, as in PyTorch. ${expm1Note}`,
    build: ({ alpha }) => elu(alpha),
  }),
  defineActivation({
    name: 'selu', aliases: [], pytorch: `${torch}selu`, parameters: {},
    formula: 'scale * (x > 0 ? x : alpha * (exp(x) - 1)), alpha = 1.6732632423543772, '
      + 'scale = 1.0507009873554805',
    derivative: 'x > 0 ? scale : scale * alpha * exp(x)',
    notes: `The derivative at 0 is scale * alpha, as in PyTorch. ${expm1Note}`,
    build: () => selu,
  }),
  defineActivation({
    name: 'celu', aliases: [], pytorch: `${torch}celu`,
    parameters: { alpha: nonZeroParameter(1, 'Scale of the negative branch.') },
    formula: 'max(0, x) + min(0, alpha * (exp(x / alpha) - 1))',
    derivative: 'x > 0 ? 1 : exp(x / alpha)',
    notes: `The derivative at 0 is 1. alpha = 0 is refused, as PyTorch does. ${expm1Note}`,
    build: ({ alpha }) => celu(alpha),
  }),
  defineActivation({
    name: 'softplus', aliases: [], pytorch: `${torch}softplus`,
    parameters: {
      beta: positiveParameter(1, 'Sharpness: softplus(x) = log(1 + exp(beta * x)) / beta.'),
      threshold: realParameter(20, 'Above beta * x = threshold, softplus(x) is x.'),
    },
    formula: 'beta * x > threshold ? x : log(1 + exp(beta * x)) / beta',
    derivative: 'beta * x > threshold ? 1 : sigmoid(beta * x)',
    notes: 'Linear only where beta * x > threshold strictly, as in PyTorch. The log form '
      + 'never overflows, whatever the threshold. beta must be > 0 (PyTorch does not '
      + 'check; a beta <= 0 is not a softplus).',
    build: ({ beta, threshold }) => softplus(beta, threshold),
  }),
  defineActivation({
    name: 'softsign', aliases: [], pytorch: `${torch}softsign`, parameters: {},
    formula: 'x / (1 + |x|)', derivative: '1 / (1 + |x|)^2', notes: '',
    build: () => softsign,
  }),
  defineActivation({
    name: 'mish', aliases: [], pytorch: `${torch}mish`, parameters: {},
    formula: 'x * tanh(softplus(x))',
    derivative: 't + x * sigmoid(x) * (1 - t^2), t = tanh(softplus(x))',
    notes: 'tanh(softplus(x)) is evaluated as n / (n + 2), n = e^x (e^x + 2), which keeps '
      + 'the left tail.',
    build: () => mish,
  }),
  defineActivation({
    name: 'hardtanh', aliases: [], pytorch: `${torch}hardtanh`,
    parameters: {
      minVal: realParameter(-1, 'Lower bound; must be < maxVal.'),
      maxVal: realParameter(1, 'Upper bound; must be > minVal.'),
    },
    formula: 'min(max(x, minVal), maxVal)', derivative: 'minVal < x < maxVal ? 1 : 0',
    notes: 'The derivative is 0 at both bounds, as in PyTorch. minVal must be < maxVal '
      + '(PyTorch also accepts equal bounds, a constant function).',
    conflict: ({ minVal, maxVal }) => (minVal < maxVal ? undefined : {
      parameters: ['minVal', 'maxVal'],
      message: `minVal must be < maxVal, got minVal = ${minVal} and maxVal = ${maxVal}`,
    }),
    build: ({ minVal, maxVal }) => hardtanh(minVal, maxVal),
  }),
  defineActivation({
    name: 'relu6', aliases: [], pytorch: `${torch}relu6`, parameters: {},
    formula: 'min(max(0, x), 6)', derivative: '0 < x < 6 ? 1 : 0',
    notes: 'The derivative is 0 at 0 and at 6, as in PyTorch.',
    build: () => relu6,
  }),
  defineActivation({
    name: 'hardsigmoid', aliases: [], pytorch: `${torch}hardsigmoid`, parameters: {},
    formula: 'min(max((x + 3) / 6, 0), 1)', derivative: '-3 < x < 3 ? 1/6 : 0',
    notes: 'The derivative is 0 at ±3, as in PyTorch, and exactly 1/6 inside (PyTorch '
      + 'answers 0.1666666716337204, a float32 constant).',
    build: () => hardsigmoid,
  }),
  defineActivation({
    name: 'hardswish', aliases: [], pytorch: `${torch}hardswish`, parameters: {},
    formula: 'x * min(max(x + 3, 0), 6) / 6',
    derivative: 'x < -3 ? 0 : x > 3 ? 1 : x / 3 + 1/2',
    notes: 'The derivative is -0.5 at -3 and 1.5 at 3 (the middle branch, as in PyTorch). '
      + 'hardswish(1e308) = 1e308, where PyTorch overflows to Infinity.',
    build: () => hardswish,
  }),
  defineActivation({
    name: 'logsigmoid', aliases: [], pytorch: `${torch}logsigmoid`, parameters: {},
    formula: 'log(sigmoid(x)) = min(x, 0) - log(1 + exp(-|x|))',
    derivative: 'sigmoid(-x)', notes: '',
    build: () => logsigmoid,
  }),
  defineActivation({
    name: 'identity', aliases: [], pytorch: 'torch.nn.Identity', parameters: {},
    formula: 'x', derivative: '1', notes: '',
    build: () => identity,
  }),
];
