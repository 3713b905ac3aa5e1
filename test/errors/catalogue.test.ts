import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemCatalogue } from '../../src/errors/catalogue.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the problem catalogue', () => {
  for (const [code, entry] of Object.entries(problemCatalogue)) {
    it(`documents ${code} in the README with its status`, () => {
      expect(readme).toContain(`| \`${code}\` | ${entry.status} |`);
    });
  }

  it('uses only error statuses', () => {
    for (const entry of Object.values(problemCatalogue)) {
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
    }
  });
});
