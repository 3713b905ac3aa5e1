import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';

const softmax = { method: 'POST', url: '/softmax', payload: '{"logits":[0,0]}' } as const;

describe('security headers on every answer', () => {
  const app = useTestApp();

  it('gives API answers and problems a content policy that allows nothing', async () => {
    for (const request of [softmax, { method: 'GET', url: '/nowhere' } as const]) {
      const response = await app().inject({ ...request,
        headers: { 'content-type': 'application/json' } });
      expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-powered-by']).toBeUndefined();
      // Headers that only matter for a rendered page stay off API answers.
      expect(response.headers['cross-origin-opener-policy']).toBeUndefined();
      expect(response.headers['x-dns-prefetch-control']).toBeUndefined();
    }
  });

  it('gives the pages it serves the headers a rendered page needs', async () => {
    const page = await app().inject({ method: 'GET', url: '/docs/' });
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['origin-agent-cluster']).toBe('?1');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-request-id']).toBeDefined();
  });

  it('lets Swagger UI at /docs load its own scripts and styles over plain http', async () => {
    const page = await app().inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/style-src 'self'/);
    expect(policy).not.toMatch(/upgrade-insecure-requests/);

    // Every script is a same-origin file the policy allows, and it is served.
    const scripts = [...page.body.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) {
      const source = /src="\.\/([^"]+)"/.exec(attributes)?.[1];
      expect(source, 'an inline script would be blocked').toBeDefined();
      const file = await app().inject({ method: 'GET', url: `/docs/${source}` });
      expect(file.statusCode).toBe(200);
    }
  });
});

describe('the GraphiQL page', () => {
  const app = useTestApp({ GRAPHIQL: true });

  // A browser would block every script of the page under the API's policy
  // (default-src 'none'); this checks that the page's policy allows what the
  // page loads. Its scripts come from unpkg.com, which this machine cannot
  // reach, so no browser runs it here.
  it('has a content policy that allows its own scripts and the ones it loads', async () => {
    const page = await app().inject({ method: 'GET', url: '/graphiql' });
    expect(page.statusCode).toBe(200);
    const policy = directives(String(page.headers['content-security-policy']));
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);

    const scripts = [...page.body.matchAll(/<script src="\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(policy.get('script-src')).toContain("'self'");
    for (const script of scripts) {
      expect((await app().inject({ method: 'GET', url: `/${script}` })).statusCode).toBe(200);
    }

    const main = await app().inject({ method: 'GET', url: '/graphiql/main.js' });
    const hosts = new Set([...main.body.matchAll(/'(https:\/\/[^/']+)\//g)].map((m) => m[1]!));
    expect(hosts.size).toBeGreaterThan(0);
    for (const host of hosts) {
      expect(policy.get('script-src')).toContain(host);
      expect(policy.get('style-src')).toContain(host);
      expect(policy.get('connect-src')).toContain(host);
    }
    expect(policy.get('connect-src')).toContain("'self'");
    expect(policy.get('worker-src')).toContain("'self'");
  });
});

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0]).map(([name, ...values]) => [name!, values]));
}

describe('CORS', () => {
  const closed = useTestApp();
  const open = useTestApp({ CORS_ORIGINS: 'https://app.example, https://other.example' });
  const origin = (value: string) => ({ 'content-type': 'application/json', origin: value });

  it('is off unless configured: no browser origin is allowed', async () => {
    const response = await closed().inject({ ...softmax, headers: origin('https://app.example') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();

    const preflight = await closed().inject({ method: 'OPTIONS', url: '/softmax',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the configured origins, preflight included', async () => {
    const allowed = await open().inject({ ...softmax, headers: origin('https://app.example') });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(allowed.headers['access-control-expose-headers']).toMatch(/retry-after/);

    const preflight = await open().inject({ method: 'OPTIONS', url: '/softmax',
      headers: { origin: 'https://other.example', 'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://other.example');
    expect(preflight.headers['access-control-allow-methods']).toMatch(/POST/);

    const refused = await open().inject({ ...softmax, headers: origin('https://evil.example') });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});
