import { describe, expect, it } from 'vitest';
import { advise, routeOf, wholeTable } from '../../src/advice/advise.js';
import {
  architectures, architectureTable, symptoms, symptomTable, tasks, taskTable,
} from '../../src/advice/table.js';

describe('the advice tables', () => {
  it('hold exactly one row for every task, architecture and symptom', () => {
    expect(taskTable.map((row) => row.task)).toEqual([...tasks]);
    expect(architectureTable.map((row) => row.architecture)).toEqual([...architectures]);
    expect(symptomTable.map((row) => row.symptom)).toEqual([...symptoms]);
  });

  it('give a reason for every choice', () => {
    const reasons = JSON.stringify(wholeTable()).match(/"reason":"[^"]*"/g) ?? [];
    const choices = JSON.stringify(wholeTable()).match(/"reason":/g) ?? [];
    expect(reasons.length).toBe(choices.length);
    for (const reason of reasons) expect(reason.length).toBeGreaterThan('"reason":""'.length + 20);
  });

  it('pair the usual output activations with their losses', () => {
    const pair = (task: (typeof tasks)[number]) => {
      const { output } = advise({ task, architecture: 'mlp', symptoms: [] });
      return `${output.activation.name} + ${output.loss.name}`;
    };
    expect(pair('binary')).toBe('sigmoid + binary-cross-entropy-with-logits');
    expect(pair('multiclass')).toBe('softmax + cross-entropy');
    expect(pair('multilabel')).toBe('sigmoid + binary-cross-entropy-with-logits');
    expect(pair('regression')).toBe('identity + mse');
    expect(pair('non-negative-regression')).toBe('softplus + poisson-nll');
    expect(pair('robust-regression')).toBe('identity + huber');
  });

  it('start transformers from GELU and the other architectures from ReLU or tanh', () => {
    const hidden = architectures.map((architecture) =>
      advise({ task: 'binary', architecture, symptoms: [] }).hidden.activation.name);
    expect(hidden).toEqual(['relu', 'relu', 'tanh', 'gelu']);
  });

  it('route activations, losses and root functions to their paths', () => {
    expect(routeOf({ kind: 'activation', name: 'leaky-relu' })).toBe('/activations/leaky-relu');
    expect(routeOf({ kind: 'loss', name: 'mse' })).toBe('/losses/mse');
    expect(routeOf({ kind: 'function', name: 'log-softmax' })).toBe('/log-softmax');
  });

  it('answer symptoms in the order they were asked', () => {
    const answer = advise({ task: 'regression', architecture: 'cnn',
      symptoms: ['nan-loss', 'dead-units'] });
    expect(answer.symptoms.map((row) => row.symptom)).toEqual(['nan-loss', 'dead-units']);
    expect(answer.symptoms[1]!.try.map((choice) => choice.name)).toContain('leaky-relu');
  });
});
