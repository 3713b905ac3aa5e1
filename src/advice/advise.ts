import {
  architectureTable, symptomTable, taskTable,
  type Architecture, type Choice, type FunctionRef, type Pairing, type Symptom, type Task,
} from './table.js';

export type AdviceRequest = { task: Task; architecture: Architecture; symptoms: Symptom[] };

// A function as a client meets it: its name, the route that computes it and
// the parameters the advice sets.
export type RoutedFunction = {
  name: string;
  route: string;
  parameters?: Record<string, number | boolean | string>;
};

// The route that serves a function: /activations/<name>, /losses/<name>,
// or /<name> for the functions at the root (softmax, log-softmax).
export function routeOf(ref: FunctionRef): string {
  if (ref.kind === 'activation') return `/activations/${ref.name}`;
  if (ref.kind === 'loss') return `/losses/${ref.name}`;
  return `/${ref.name}`;
}

function routed(ref: FunctionRef): RoutedFunction {
  const { name, parameters } = ref;
  return parameters ? { name, route: routeOf(ref), parameters } : { name, route: routeOf(ref) };
}

function routedChoice(choice: Choice) {
  return { ...routed(choice), reason: choice.reason };
}

function routedPairing(pairing: Pairing) {
  return { activation: routed(pairing.activation), loss: routed(pairing.loss),
    reason: pairing.reason };
}

function taskAdvice(task: Task) {
  const entry = taskTable.find((row) => row.task === task)!;
  return { task, ...routedPairing(entry), alternatives: entry.alternatives.map(routedPairing) };
}

function architectureAdvice(architecture: Architecture) {
  const entry = architectureTable.find((row) => row.architecture === architecture)!;
  return { architecture, activation: routed(entry.activation), reason: entry.reason,
    alternatives: entry.alternatives.map(routedChoice) };
}

function symptomAdvice(symptom: Symptom) {
  const entry = symptomTable.find((row) => row.symptom === symptom)!;
  return { symptom, cause: entry.cause, try: entry.try.map(routedChoice),
    practices: [...entry.practices] };
}

// Looks a task, an architecture and symptoms up in the tables: the output
// activation and loss for the task, the hidden activation for the
// architecture, and what to try for each symptom, each with its reason.
export function advise(request: AdviceRequest) {
  return {
    output: taskAdvice(request.task),
    hidden: architectureAdvice(request.architecture),
    symptoms: request.symptoms.map(symptomAdvice),
  };
}

export type Advice = ReturnType<typeof advise>;

// Every row of every table, in the same form as advise() answers.
export function wholeTable() {
  return {
    tasks: taskTable.map((row) => taskAdvice(row.task)),
    architectures: architectureTable.map((row) => architectureAdvice(row.architecture)),
    symptoms: symptomTable.map((row) => symptomAdvice(row.symptom)),
  };
}
