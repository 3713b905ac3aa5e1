import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { expectProblem, type ExpectedProblem } from '../support/problem.js';

const app = useTestApp({ MAX_ELEMENTS: 1000 });

interface ErrorCase extends ExpectedProblem {
  name: string;
  url: string;
  body: string;
}

const cases: ErrorCase[] = [
  { name: 'a negative beta', url: '/activations/softplus', body: '{"x":[1],"beta":-1}',
    status: 422, code: 'domain-error', pointers: ['/beta'] },
  { name: 'a zero beta', url: '/activations/softplus', body: '{"x":1,"beta":0}',
    status: 422, code: 'domain-error', pointers: ['/beta'] },
  { name: 'a zero celu alpha', url: '/activations/celu', body: '{"x":[1],"alpha":0}',
    status: 422, code: 'domain-error', pointers: ['/alpha'] },
  { name: 'a minVal above the default maxVal', url: '/activations/hardtanh',
    body: '{"x":[1],"minVal":2}', status: 422, code: 'domain-error', pointers: ['/minVal'] },
  { name: 'a maxVal below the default minVal', url: '/activations/hardtanh',
    body: '{"x":[1],"maxVal":-3}', status: 422, code: 'domain-error', pointers: ['/maxVal'] },
  { name: 'equal bounds', url: '/activations/hardtanh', body: '{"x":[1],"minVal":1,"maxVal":1}',
    status: 422, code: 'domain-error', pointers: ['/minVal', '/maxVal'] },
  { name: 'an unknown gelu approximation', url: '/activations/gelu',
    body: '{"x":[1],"approximate":"fast"}', status: 400, code: 'invalid-request',
    pointers: ['/approximate'] },
  { name: 'a parameter the function does not have', url: '/activations/relu',
    body: '{"x":[1],"alpha":1}', status: 400, code: 'invalid-request', pointers: ['/alpha'] },
  { name: 'a parameter written as a string', url: '/activations/leaky-relu',
    body: '{"x":[1],"negativeSlope":"0.1"}', status: 400, code: 'invalid-request',
    pointers: ['/negativeSlope'] },
  { name: 'a non-boolean gradient flag', url: '/activations/tanh',
    body: '{"x":[1],"gradient":"yes"}', status: 400, code: 'invalid-request',
    pointers: ['/gradient'] },
  { name: 'a missing x', url: '/activations/tanh', body: '{"gradient":true}', status: 400,
    code: 'invalid-request', pointers: ['/x'] },
  { name: 'ragged rows', url: '/activations/mish', body: '{"x":[[1,2],[3]]}', status: 400,
    code: 'invalid-tensor', pointers: ['/x/1'] },
  { name: 'a third dimension', url: '/activations/mish', body: '{"x":[[[1]]]}', status: 400,
    code: 'invalid-tensor', pointers: ['/x/0/0'] },
  { name: 'a number written as a string', url: '/activations/elu', body: '{"x":[1,"2"]}',
    status: 400, code: 'invalid-tensor', pointers: ['/x/1'] },
  { name: 'a literal overflowing float64', url: '/activations/elu', body: '{"x":[1,1e999]}',
    status: 400, code: 'invalid-number', pointers: ['/x/1'] },
  { name: 'too many elements', url: '/activations/sigmoid',
    body: JSON.stringify({ x: new Array(1001).fill(0) }), status: 413,
    code: 'too-many-elements', pointers: ['/x'] },
  { name: 'an unknown name', url: '/activations/whatever', body: '{"x":[1]}', status: 404,
    code: 'unknown-name' },
  { name: 'an unknown name with a broken body', url: '/activations/whatever', body: '{"x":',
    status: 404, code: 'unknown-name' },
];

describe('POST /activations/{name} refuses bad input with a problem', () => {
  for (const c of cases) {
    it(`answers ${c.status} ${c.code} to ${c.name}`, async () => {
      const response = await app().inject({ method: 'POST', url: c.url, payload: c.body,
        headers: { 'content-type': 'application/json' } });
      expectProblem(response, c);
    });
  }

  it('lists every known name, aliases included, for an unknown one', async () => {
    const response = await app().inject({ method: 'POST', url: '/activations/sigmoidd',
      payload: 'x', headers: { 'content-type': 'text/plain' } });
    expect(response.statusCode).toBe(404);
    const detail: string = response.json().detail;
    const catalogue = (await app().inject({ method: 'GET', url: '/activations' })).json();
    for (const entry of catalogue) {
      for (const name of [entry.name, ...entry.aliases]) expect(detail).toContain(name);
    }
    expect(detail).toContain('swish');
  });
});
