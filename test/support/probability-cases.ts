import type { ReferenceCase } from './reference.js';

// How a case of information.json or probability.json maps onto the API: the
// operation (its id is its path without the leading slash), the request body
// and, for each expected key, the response field that holds it.
export interface CaseRequest {
  operation: string;
  path: string;
  body: Record<string, unknown>;
  fields: Record<string, string>;
}

const informationOps: Record<string, [string, string]> = {
  entropy: ['entropy', 'entropy'],
  crossEntropy: ['cross-entropy', 'crossEntropy'],
  klDivergence: ['kl-divergence', 'klDivergence'],
  jsDivergence: ['js-divergence', 'jsDivergence'],
};

const probabilityOps = ['expectation', 'bayes', 'conditional'];

export function caseRequest(c: ReferenceCase): CaseRequest {
  const information = informationOps[c.op];
  if (information) {
    const [operation, field] = information;
    return { operation: `information/${operation}`, path: `/information/${operation}`,
      body: { ...c.input, ...c.params }, fields: { value: field } };
  }
  if (!probabilityOps.includes(c.op)) throw new Error(`no mapping for op ${c.op}`);
  const fields = Object.fromEntries(Object.keys(c.expected).map((key) => [key, key]));
  return { operation: `probability/${c.op}`, path: `/probability/${c.op}`,
    body: { ...c.input, ...c.params }, fields };
}

export function isErrorCase(c: ReferenceCase): boolean {
  return 'error' in c.expected;
}
