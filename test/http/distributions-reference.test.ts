import { describe, expect, it } from 'vitest';
import {
  isInvalid, requestBody, routeName, wireMethods,
} from '../support/distribution-cases.js';
import { postJson, useTestApp } from '../support/app.js';
import { expectClose, loadReference } from '../support/reference.js';

const reference = loadReference('distributions.json');
const app = useTestApp();

describe('POST /distributions/{name} against the reference vectors', () => {
  for (const c of reference.cases) {
    const path = `/distributions/${routeName(c.op)}`;

    it(c.id, async () => {
      const response = await postJson(app(), path, requestBody(c));

      if (isInvalid(c)) {
        // Invalid parameters are refused whatever is asked, with a pointer
        // into params.
        expect(response.status).toBe(422);
        expect(response.body.code).toBe('domain-error');
        expect(response.body.errors[0].pointer).toMatch(/^\/params\//);
        const bare = await postJson(app(), path, { params: c.params });
        expect(bare.status).toBe(422);
        return;
      }
      expect(response.status).toBe(200);
      for (const [key, expected] of Object.entries(c.expected)) {
        const field = wireMethods[key] ?? key;
        expect(field in response.body, `${c.id}: the answer has ${field}`).toBe(true);
        expectClose(response.body[field], expected, c.tolerance, `${c.id}.${key}`);
      }
    });
  }
});
