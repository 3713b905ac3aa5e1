import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

const app = useTestApp({ MAX_ELEMENTS: 1000, BODY_LIMIT_BYTES: 64 * 1024 });

async function post(payload: string | Buffer, contentType = 'application/json', url = '/softmax') {
  const response = await app().inject({ method: 'POST', url, payload,
    headers: { 'content-type': contentType } });
  return response;
}

interface ErrorCase {
  name: string;
  body: string | Buffer;
  status: number;
  code: string;
  pointer?: string;
  contentType?: string;
}

const cases: ErrorCase[] = [
  { name: 'ragged rows', body: '{"logits":[[1,2],[3]]}', status: 400, code: 'invalid-tensor',
    pointer: '/logits/1' },
  { name: 'an empty vector', body: '{"logits":[]}', status: 400, code: 'invalid-tensor',
    pointer: '/logits' },
  { name: 'an empty row', body: '{"logits":[[]]}', status: 400, code: 'invalid-tensor',
    pointer: '/logits/0' },
  { name: 'a third dimension', body: '{"logits":[[[1]]]}', status: 400, code: 'invalid-tensor',
    pointer: '/logits/0/0' },
  { name: 'a scalar', body: '{"logits":3}', status: 400, code: 'invalid-tensor',
    pointer: '/logits' },
  { name: 'NaN', body: '{"logits":[1,"NaN"]}', status: 400, code: 'invalid-number',
    pointer: '/logits/1' },
  { name: 'a literal overflowing float64', body: '{"logits":[1,1e999]}', status: 400,
    code: 'invalid-number', pointer: '/logits/1' },
  { name: '+Infinity', body: '{"logits":[[1,2],[3,"Infinity"]]}', status: 422,
    code: 'domain-error', pointer: '/logits/1/1' },
  { name: 'an all-masked vector', body: '{"logits":["-Infinity","-Infinity"]}', status: 422,
    code: 'domain-error', pointer: '/logits' },
  { name: 'an all-masked row', body: '{"logits":[[1,2],["-Infinity","-Infinity"]]}',
    status: 422, code: 'domain-error', pointer: '/logits/1' },
  { name: 'a zero temperature', body: '{"logits":[1,2],"temperature":0}', status: 422,
    code: 'domain-error', pointer: '/temperature' },
  { name: 'a negative temperature', body: '{"logits":[1,2],"temperature":-1}', status: 422,
    code: 'domain-error', pointer: '/temperature' },
  { name: 'an unknown field', body: '{"logits":[1,2],"temprature":2}', status: 400,
    code: 'invalid-request', pointer: '/temprature' },
  { name: 'a missing field', body: '{"temperature":2}', status: 400, code: 'invalid-request',
    pointer: '/logits' },
  { name: 'null in place of a number', body: '{"logits":[1,null]}', status: 400,
    code: 'invalid-tensor', pointer: '/logits/1' },
  { name: 'a number written as a string', body: '{"logits":[1,"2"]}', status: 400,
    code: 'invalid-tensor', pointer: '/logits/1' },
  { name: 'a temperature written as a string', body: '{"logits":[1],"temperature":"2"}',
    status: 400, code: 'invalid-request', pointer: '/temperature' },
  { name: 'a null temperature', body: '{"logits":[1],"temperature":null}', status: 400,
    code: 'invalid-request', pointer: '/temperature' },
  { name: 'dim 1 on a vector', body: '{"logits":[1,2],"dim":1}', status: 400,
    code: 'invalid-tensor', pointer: '/dim' },
  { name: 'an unknown dim', body: '{"logits":[1,2],"dim":2}', status: 400,
    code: 'invalid-request', pointer: '/dim' },
  { name: 'truncated JSON', body: '{"logits":[1,2', status: 400, code: 'malformed-json' },
  { name: 'an empty body', body: '', status: 400, code: 'malformed-json' },
  { name: 'a __proto__ key', body: '{"logits":[1],"__proto__":{"x":1}}', status: 400,
    code: 'malformed-json' },
  { name: 'a __proto__ key spelled with escapes',
    body: '{"logits":[1],"\\u005f_pr\\u006fto__":{"x":1}}', status: 400, code: 'malformed-json' },
  { name: 'a constructor.prototype key',
    body: '{"logits":[1],"constructor":{"prototype":{"x":1}}}', status: 400,
    code: 'malformed-json' },
  { name: 'a body that is not UTF-8', body: Buffer.from([0x7b, 0xff, 0x7d]), status: 400,
    code: 'malformed-json' },
  { name: 'an array body', body: '[1,2]', status: 400, code: 'invalid-request', pointer: '' },
  { name: 'too many elements', body: JSON.stringify({ logits: new Array(1001).fill(0) }),
    status: 413, code: 'too-many-elements', pointer: '/logits' },
  { name: 'a body over the size limit', body: `{"logits":[${'0,'.repeat(40_000)}0]}`,
    status: 413, code: 'payload-too-large' },
  { name: 'a text/plain body', body: '{"logits":[1]}', contentType: 'text/plain', status: 415,
    code: 'unsupported-media-type' },
  { name: 'a form body', body: 'logits=1', contentType: 'application/x-www-form-urlencoded',
    status: 415, code: 'unsupported-media-type' },
];

describe('POST /softmax refuses bad input with a problem', () => {
  for (const c of cases) {
    it(`answers ${c.status} ${c.code} to ${c.name}`, async () => {
      expectProblem(await post(c.body, c.contentType), c);
    });
  }

  it('answers 415 to a compressed body, naming the encoding', async () => {
    const body = gzipSync('{"logits":[1,2]}');
    const response = await app().inject({ method: 'POST', url: '/softmax', payload: body,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported-media-type' });
    expect(response.json().detail).toMatch(/Content-Encoding gzip/);

    const plain = await app().inject({ method: 'POST', url: '/softmax',
      payload: '{"logits":[0,0]}',
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' } });
    expect(plain.statusCode).toBe(200);
  });

  it('still answers a good request after all of them', async () => {
    const response = await post('{"logits":[0,0]}');
    expect(response.json()).toEqual({ probabilities: [0.5, 0.5] });
  });

  it('answers an unknown path with a 404 problem', async () => {
    const response = await app().inject({ method: 'GET', url: '/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().code).toBe('not-found');
  });

  it('names the value it got when a tensor is not an array', async () => {
    for (const [logits, got] of [['"abc"', 'the string "abc"'], ['{"a":1}', 'an object'],
      ['true', 'a boolean'], ['null', 'null']]) {
      const problem = (await post(`{"logits":${logits}}`)).json();
      expect(problem.errors[0]).toEqual({ pointer: '/logits',
        message: `expected a vector or a matrix, got ${got}` });
    }
  });

  it('refuses query parameters beside a JSON body instead of ignoring them', async () => {
    const response = await post('{"logits":[1,2]}', 'application/json', '/softmax?temperature=2');
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/temperature.*JSON body/);
  });

  it('says which content types a route takes, and how large a body may be', async () => {
    const form = await post('logits=1', 'application/x-www-form-urlencoded');
    expect(form.json().detail).toMatch(/takes application\/json.*not application\/x-www/);
    const large = await post(`{"logits":[${'0,'.repeat(40_000)}0]}`);
    expect(large.json().detail).toMatch(/larger than 65536 bytes \(BODY_LIMIT_BYTES\)/);
  });
});
