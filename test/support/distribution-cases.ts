import type { ReferenceCase } from './reference.js';

// How the cases of distributions.json map onto the service: the reference
// names distributions in camelCase and methods as SciPy does (logpdf); the
// routes use kebab-case names and camelCase methods (logPdf).
const routeNames: Record<string, string> = {
  studentT: 'student-t', chiSquared: 'chi-squared', logNormal: 'log-normal',
};

export function routeName(op: string): string {
  return routeNames[op] ?? op;
}

export const wireMethods: Record<string, string> = {
  pdf: 'pdf', pmf: 'pmf', logpdf: 'logPdf', logpmf: 'logPmf', cdf: 'cdf', sf: 'sf',
  quantile: 'quantile',
};

export const engineMethods = {
  pdf: 'density', pmf: 'density', logpdf: 'logDensity', logpmf: 'logDensity', cdf: 'cdf', sf: 'sf',
} as const;

export function isInvalid(c: ReferenceCase): boolean {
  return 'error' in c.expected;
}

// The request body asking for everything the case expects.
export function requestBody(c: ReferenceCase): Record<string, unknown> {
  const body: Record<string, unknown> = { params: c.params };
  for (const method of Object.keys(c.expected)) {
    const wire = wireMethods[method];
    if (wire === 'quantile') body.quantile = c.input.p;
    else if (wire) body[wire] = c.input.x;
  }
  return body;
}
