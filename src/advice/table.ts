// The decision tables of deep-learning practice, as data. Every function
// named here is a route of this service: an activation (/activations/<name>),
// a loss (/losses/<name>) or a function at the root (/softmax). A test posts
// to each one.

export const tasks = ['binary', 'multiclass', 'multilabel', 'regression',
  'non-negative-regression', 'robust-regression'] as const;
export const architectures = ['mlp', 'cnn', 'rnn', 'transformer'] as const;
export const symptoms = ['dead-units', 'vanishing-gradients', 'exploding-gradients',
  'loss-not-decreasing', 'overconfident', 'nan-loss'] as const;

export type Task = (typeof tasks)[number];
export type Architecture = (typeof architectures)[number];
export type Symptom = (typeof symptoms)[number];

// A function of this service, with the parameters the advice sets.
export type FunctionRef = {
  kind: 'activation' | 'loss' | 'function';
  name: string;
  parameters?: Record<string, number | boolean | string>;
};

export type Pairing = { activation: FunctionRef; loss: FunctionRef; reason: string };
export type TaskAdvice = Pairing & { task: Task; alternatives: Pairing[] };
export type Choice = FunctionRef & { reason: string };
export type ArchitectureAdvice = {
  architecture: Architecture; activation: FunctionRef; reason: string; alternatives: Choice[];
};
export type SymptomAdvice = {
  symptom: Symptom; cause: string; try: Choice[]; practices: string[];
};

function refTo(kind: FunctionRef['kind']) {
  return (name: string, parameters?: FunctionRef['parameters']): FunctionRef =>
    (parameters ? { kind, name, parameters } : { kind, name });
}
const activation = refTo('activation');
const loss = refTo('loss');
const rootFunction = refTo('function');

export const taskTable: readonly TaskAdvice[] = [
  {
    task: 'binary',
    activation: activation('sigmoid'),
    loss: loss('binary-cross-entropy-with-logits'),
    reason: 'One logit per example; sigmoid maps it to P(y = 1). Train on the logit with '
      + 'binary-cross-entropy-with-logits, which folds the sigmoid into the loss and stays '
      + 'finite where sigmoid followed by log would round to log(0); apply sigmoid only to '
      + 'report probabilities.',
    alternatives: [
      { activation: activation('sigmoid'), loss: loss('binary-cross-entropy'),
        reason: 'When the model must output probabilities itself; the log is clamped at -100, '
          + 'so a confident mistake gets a capped loss and a vanishing gradient.' },
    ],
  },
  {
    task: 'multiclass',
    activation: rootFunction('softmax'),
    loss: loss('cross-entropy'),
    reason: 'One logit per class and exactly one true class: softmax gives a distribution '
      + 'over exclusive classes. cross-entropy takes the raw logits and applies log-softmax '
      + 'itself, so do not apply softmax before it.',
    alternatives: [
      { activation: rootFunction('log-softmax'), loss: loss('nll'),
        reason: 'The same loss in two steps: a log-softmax output, then the negative '
          + 'log-likelihood of the true class.' },
      { activation: rootFunction('softmax'), loss: loss('cross-entropy',
        { labelSmoothing: 0.1 }),
      reason: 'Label smoothing when the model grows overconfident on clean training labels.' },
    ],
  },
  {
    task: 'multilabel',
    activation: activation('sigmoid'),
    loss: loss('binary-cross-entropy-with-logits'),
    reason: 'Labels are not exclusive: each is its own yes/no question, so each logit gets '
      + 'an independent sigmoid, not a softmax that would make the labels compete. '
      + 'posWeight raises the weight of rare positive labels.',
    alternatives: [],
  },
  {
    task: 'regression',
    activation: activation('identity'),
    loss: loss('mse'),
    reason: 'An unbounded real target: an identity output with mean squared error is the '
      + 'maximum-likelihood fit under Gaussian noise and predicts the conditional mean.',
    alternatives: [
      { activation: activation('identity'), loss: loss('l1'),
        reason: 'Mean absolute error predicts the conditional median, if that is the '
          + 'quantity wanted.' },
    ],
  },
  {
    task: 'non-negative-regression',
    activation: activation('softplus'),
    loss: loss('poisson-nll', { logInput: false }),
    reason: 'Counts or rates: softplus keeps the predicted rate positive and smooth, and the '
      + 'Poisson negative log-likelihood (logInput false: the input is the rate) fits targets '
      + 'whose variance grows with their mean.',
    alternatives: [
      { activation: activation('identity'), loss: loss('poisson-nll', { logInput: true }),
        reason: 'Let the output be the log-rate; the loss exponentiates it (PyTorch\'s '
          + 'default), which avoids a positivity constraint altogether.' },
      { activation: activation('softplus'), loss: loss('mse'),
        reason: 'A non-negative continuous target with roughly constant noise.' },
      { activation: activation('relu'), loss: loss('mse'),
        reason: 'The simplest non-negative output, but a unit stuck below 0 has zero gradient; '
          + 'prefer softplus when predictions near 0 matter.' },
    ],
  },
  {
    task: 'robust-regression',
    activation: activation('identity'),
    loss: loss('huber', { delta: 1 }),
    reason: 'Targets with outliers: Huber is quadratic for residuals below delta and linear '
      + 'beyond, so an outlier pulls with a bounded gradient instead of a squared one. Set '
      + 'delta to the scale of ordinary residuals.',
    alternatives: [
      { activation: activation('identity'), loss: loss('l1'),
        reason: 'Mean absolute error: the most robust, predicts the median, but its gradient '
          + 'does not shrink near the optimum.' },
      { activation: activation('identity'), loss: loss('smooth-l1', { beta: 1 }),
        reason: 'Huber divided by beta: the form used in object-detection box regression.' },
      { activation: activation('identity'), loss: loss('log-cosh'),
        reason: 'A smooth compromise: about x^2 / 2 near 0 and |x| - log 2 far away.' },
    ],
  },
];

export const architectureTable: readonly ArchitectureAdvice[] = [
  {
    architecture: 'mlp',
    activation: activation('relu'),
    reason: 'The default: cheap, does not saturate for positive inputs, and pairs with He '
      + '(Kaiming) initialisation.',
    alternatives: [
      { ...activation('gelu'), reason: 'Smooth near 0; often a little better in deep nets.' },
      { ...activation('selu'), reason: 'Self-normalising deep MLPs without normalisation '
        + 'layers, with LeCun-normal initialisation.' },
    ],
  },
  {
    architecture: 'cnn',
    activation: activation('relu'),
    reason: 'The standard choice for convolutional nets (ResNet, VGG) with batch '
      + 'normalisation.',
    alternatives: [
      { ...activation('silu'), reason: 'Smooth and non-monotone; used by EfficientNet-style '
        + 'networks.' },
      { ...activation('leaky-relu'), reason: 'Keeps a gradient for negative inputs when units '
        + 'die.' },
    ],
  },
  {
    architecture: 'rnn',
    activation: activation('tanh'),
    reason: 'Bounded, so the recurrent state cannot grow without limit; the default of '
      + 'torch.nn.RNN. LSTM and GRU cells use sigmoid gates and tanh inside.',
    alternatives: [
      { ...activation('relu'), reason: 'Possible with identity-initialised recurrent weights, '
        + 'but needs gradient clipping: an unbounded state can explode.' },
    ],
  },
  {
    architecture: 'transformer',
    activation: activation('gelu'),
    reason: 'The feed-forward blocks of BERT and GPT-2 use GELU: smooth, with a small '
      + 'negative dip that passes some gradient below 0.',
    alternatives: [
      { ...activation('silu'), reason: 'The gate of SwiGLU feed-forward blocks (PaLM, LLaMA).' },
      { ...activation('relu'), reason: 'The original Transformer; cheaper, slightly worse.' },
    ],
  },
];

export const symptomTable: readonly SymptomAdvice[] = [
  {
    symptom: 'dead-units',
    cause: 'ReLU units whose input is negative for every example output 0 with gradient 0 '
      + 'and never recover, often after a large step or a bias pushed negative.',
    try: [
      { ...activation('leaky-relu', { negativeSlope: 0.01 }),
        reason: 'A small slope below 0 keeps a gradient flowing.' },
      { ...activation('elu', { alpha: 1 }), reason: 'Smooth negative part, mean closer to 0.' },
      { ...activation('silu'), reason: 'Smooth everywhere; no region of exactly zero gradient.' },
    ],
    practices: ['Lower the learning rate.', 'Use He (Kaiming) initialisation.',
      'Measure the fraction of units that are 0 on every example of a batch.'],
  },
  {
    symptom: 'vanishing-gradients',
    cause: 'Saturating activations multiply the gradient by small derivatives layer after '
      + 'layer (sigmoid\'s is at most 0.25), so early layers stop learning.',
    try: [
      { ...activation('relu'), reason: 'Derivative 1 for positive inputs.' },
      { ...activation('gelu'), reason: 'Non-saturating for positive inputs and smooth.' },
      { ...activation('selu'), reason: 'Keeps activations near zero mean and unit variance.' },
    ],
    practices: ['Add residual connections.', 'Add normalisation layers (batch or layer norm).',
      'Use He or Xavier initialisation to match the activation.',
      'Use LSTM or GRU cells instead of a plain RNN.'],
  },
  {
    symptom: 'exploding-gradients',
    cause: 'Products of layer Jacobians larger than 1, common in recurrent nets and with a '
      + 'large learning rate; the loss jumps or becomes NaN.',
    try: [
      { ...activation('tanh'), reason: 'A bounded activation bounds the recurrent state.' },
      { ...loss('huber', { delta: 1 }), reason: 'In regression, caps the gradient an outlier '
        + 'target can produce (MSE grows it linearly with the residual).' },
    ],
    practices: ['Clip the gradient norm (for example at 1).', 'Lower the learning rate or add '
      + 'warm-up.', 'Add normalisation layers.'],
  },
  {
    symptom: 'loss-not-decreasing',
    cause: 'Most often an output activation and loss that do not pair (softmax applied '
      + 'before a loss that expects logits), a learning rate far off, or mislabelled targets.',
    try: [
      { ...loss('cross-entropy'), reason: 'Give it raw logits: it applies log-softmax '
        + 'itself, and a softmax before it flattens the gradient.' },
      { ...loss('binary-cross-entropy-with-logits'), reason: 'Give it raw logits, not '
        + 'sigmoid outputs.' },
    ],
    practices: ['Overfit one small batch first: if that fails, the bug is in the model or '
      + 'loss, not the data.', 'Sweep the learning rate over a few orders of magnitude.',
    'Check the targets\' shape, type and range against what the loss expects.'],
  },
  {
    symptom: 'overconfident',
    cause: 'Cross-entropy keeps pushing logits apart once the training data is separated, '
      + 'so predicted probabilities end up near 0 and 1 even when wrong.',
    try: [
      { ...loss('cross-entropy', { labelSmoothing: 0.1 }), reason: 'Aims at 0.9 instead of 1 '
        + 'for the true class, so logits stop growing.' },
      { ...rootFunction('softmax', { temperature: 1.5 }), reason: 'Temperature scaling: '
        + 'divide the logits by a T > 1 fitted on held-out data; the ranking is unchanged.' },
    ],
    practices: ['Measure calibration (reliability diagram, expected calibration error).',
      'Use weight decay and early stopping.'],
  },
  {
    symptom: 'nan-loss',
    cause: 'log(0) or an exp that overflows, usually from computing probabilities first '
      + 'and taking their log afterwards.',
    try: [
      { ...rootFunction('log-softmax'), reason: 'Log-probabilities by log-sum-exp, finite '
        + 'for any finite logits.' },
      { ...loss('cross-entropy'), reason: 'Works from logits with the same stable '
        + 'log-sum-exp.' },
      { ...loss('binary-cross-entropy-with-logits'), reason: 'The stable form of sigmoid '
        + 'followed by binary cross-entropy.' },
    ],
    practices: ['Check the inputs and targets for NaN or Infinity.',
      'Lower the learning rate and clip the gradient norm.'],
  },
];
