import { describe, expect, it } from 'vitest';
import { architectures, symptoms, tasks } from '../../src/advice/table.js';
import { postJson, useTestApp } from '../support/app.js';

const app = useTestApp();

interface Named {
  name: string;
  route: string;
  parameters?: Record<string, unknown>;
}

// A small valid body for each kind of route, in the shapes of the HTTP
// contract; a loss takes input and target shaped for its name.
const lossBodies: Record<string, Record<string, unknown>> = {
  'mse': { input: [0.5, 2], target: [0, 1] },
  'l1': { input: [0.5, 2], target: [0, 1] },
  'huber': { input: [0.5, 2], target: [0, 1] },
  'smooth-l1': { input: [0.5, 2], target: [0, 1] },
  'log-cosh': { input: [0.5, 2], target: [0, 1] },
  'cross-entropy': { input: [[1, 2, 0.5], [0, 1, 0]], target: [0, 2] },
  'nll': { input: [[-0.5, -1.2], [-2, -0.2]], target: [1, 0] },
  'binary-cross-entropy': { input: [0.3, 0.8], target: [0, 1] },
  'binary-cross-entropy-with-logits': { input: [0.3, -2], target: [0, 1] },
  'kl-div': { input: [-0.7, -0.7], target: [0.5, 0.5] },
  'poisson-nll': { input: [0.5, 2], target: [1, 3] },
};

function bodyFor(named: Named): Record<string, unknown> {
  const parameters = named.parameters ?? {};
  if (named.route.startsWith('/activations/')) return { x: [0.5, -0.5], ...parameters };
  if (named.route.startsWith('/losses/')) {
    const body = lossBodies[named.name];
    if (!body) throw new Error(`no test body for the loss ${named.name}`);
    return { ...body, ...parameters };
  }
  return { logits: [1, 2, 0.5], ...parameters };
}

// Every {name, route} object anywhere in an answer.
function namedFunctions(value: unknown): Named[] {
  if (Array.isArray(value)) return value.flatMap(namedFunctions);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.route === 'string' ? [record as unknown as Named] : [];
  return [...own, ...Object.values(record).flatMap(namedFunctions)];
}

describe('GET /advice', () => {
  it('lists every task, architecture and symptom', async () => {
    const response = await app().inject({ method: 'GET', url: '/advice' });
    expect(response.statusCode).toBe(200);
    const table = response.json();
    expect(table.tasks.map((row: { task: string }) => row.task)).toEqual([...tasks]);
    expect(table.architectures.map((row: { architecture: string }) => row.architecture))
      .toEqual([...architectures]);
    expect(table.symptoms.map((row: { symptom: string }) => row.symptom)).toEqual([...symptoms]);
  });

  it('names only functions that this app computes, with parameters they take', async () => {
    const table = (await app().inject({ method: 'GET', url: '/advice' })).json();
    const named = namedFunctions(table);
    expect(named.length).toBeGreaterThan(40);
    const distinct = new Map(named.map((n) => [JSON.stringify([n.route, n.parameters]), n]));
    const failures: string[] = [];
    for (const function_ of distinct.values()) {
      const response = await postJson(app(), function_.route, bodyFor(function_));
      if (response.status !== 200) {
        failures.push(`${function_.route} ${JSON.stringify(function_.parameters ?? {})}: `
          + `${response.status} ${response.body.detail}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('POST /advice', () => {
  it('answers each task with the rows GET /advice lists', async () => {
    const table = (await app().inject({ method: 'GET', url: '/advice' })).json();
    for (const [index, task] of tasks.entries()) {
      const architecture = architectures[index % architectures.length]!;
      const response = await postJson(app(), '/advice',
        { task, architecture, symptoms: [...symptoms] });
      expect(response.status).toBe(200);
      expect(response.body.output).toEqual(table.tasks[index]);
      expect(response.body.hidden).toEqual(table.architectures[index % architectures.length]);
      expect(response.body.symptoms).toEqual(table.symptoms);
    }
  });

  it('starts from an MLP and no symptoms when only the task is given', async () => {
    const response = await postJson(app(), '/advice', { task: 'multiclass' });
    expect(response.body.hidden.architecture).toBe('mlp');
    expect(response.body.symptoms).toEqual([]);
    expect(response.body.output.activation).toEqual({ name: 'softmax', route: '/softmax' });
  });

  const refusals: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown task', { task: 'ranking' }, '/task'],
    ['a missing task', { architecture: 'mlp' }, '/task'],
    ['an unknown architecture', { task: 'binary', architecture: 'gnn' }, '/architecture'],
    ['an unknown symptom', { task: 'binary', symptoms: ['sad'] }, '/symptoms/0'],
    ['a repeated symptom', { task: 'binary', symptoms: ['nan-loss', 'nan-loss'] }, '/symptoms'],
    ['an unknown field', { task: 'binary', optimiser: 'adam' }, '/optimiser'],
  ];
  for (const [name, body, pointer] of refusals) {
    it(`refuses ${name} with a 400 at ${pointer}`, async () => {
      const response = await postJson(app(), '/advice', body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('invalid-request');
      expect(response.body.errors[0].pointer).toBe(pointer);
    });
  }

  it('documents the enums in the OpenAPI document', async () => {
    const document = (await app().inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(document.paths['/advice']).sort()).toEqual(['get', 'post']);
    const schema = document.paths['/advice'].post.requestBody.content['application/json'].schema;
    const values = (property: { anyOf: { const?: string; enum?: string[] }[] }) =>
      property.anyOf.flatMap((option) => option.enum ?? [option.const]);
    expect(values(schema.properties.task)).toEqual([...tasks]);
    expect(values(schema.properties.architecture)).toEqual([...architectures]);
    expect(values(schema.properties.symptoms.items)).toEqual([...symptoms]);
  });
});
