import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// The shared golden vectors live beside the repository (../shared/reference);
// PROBITY_REFERENCE_DIR points elsewhere when needed.
const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const referenceDir = process.env.PROBITY_REFERENCE_DIR
  ?? resolve(repositoryRoot, '../shared/reference');

export interface Tolerance {
  rel: number;
  abs: number;
}

export interface ReferenceCase {
  id: string;
  op: string;
  params: Record<string, unknown>;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
  tolerance: Tolerance;
  note?: string;
}

export interface ReferenceFile {
  family: string;
  cases: ReferenceCase[];
  [key: string]: unknown;
}

export function loadReference(relativePath: string): ReferenceFile {
  if (!existsSync(referenceDir)) {
    throw new Error(`the reference vectors are not at ${referenceDir}: put the shared folder `
      + 'beside the repository or set PROBITY_REFERENCE_DIR (see the README)');
  }
  const text = readFileSync(resolve(referenceDir, relativePath), 'utf8');
  return JSON.parse(text) as ReferenceFile;
}

// Replaces the non-finite spellings with numbers, at any depth.
export function fromWire(value: unknown): unknown {
  if (value === 'NaN') return NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (Array.isArray(value)) return value.map(fromWire);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
}

// The reference README's rule: both NaN, the same infinity, or
// |actual - expected| <= abs + rel * |expected|. Shapes must match exactly.
export function expectClose(actual: unknown, expected: unknown, tolerance: Tolerance,
  where = ''): void {
  const got = fromWire(actual);
  const want = fromWire(expected);
  if (Array.isArray(want)) {
    expect(Array.isArray(got), `${where}: expected an array`).toBe(true);
    const items = got as unknown[];
    expect(items.length, `${where}: length`).toBe(want.length);
    want.forEach((item, index) => expectClose(items[index], item, tolerance, `${where}/${index}`));
    return;
  }
  if (typeof want !== 'number') {
    expect(got, where).toEqual(want);
    return;
  }
  expect(typeof got, `${where}: expected a number, got ${JSON.stringify(actual)}`).toBe('number');
  const value = got as number;
  if (Number.isNaN(want)) {
    expect(Number.isNaN(value), `${where}: expected NaN, got ${value}`).toBe(true);
  } else if (!Number.isFinite(want)) {
    expect(value, where).toBe(want);
  } else {
    const bound = tolerance.abs + tolerance.rel * Math.abs(want);
    expect(Math.abs(value - want) <= bound,
      `${where}: got ${value}, expected ${want} within ${bound}`).toBe(true);
  }
}

// Whether an expected result (at any depth) holds a NaN: the reference
// records PyTorch's NaN where the service answers 422 instead.
export function holdsNaN(value: unknown): boolean {
  if (value === 'NaN') return true;
  if (Array.isArray(value)) return value.some(holdsNaN);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsNaN);
  return false;
}

// Inputs the reference generates instead of storing:
// x[i] = ((i * multiplier) % modulus) / divisor - offset.
export interface ModularGenerator {
  length: number;
  multiplier: number;
  modulus: number;
  divisor: number;
  offset: number;
}

export function generateInput(generator: ModularGenerator): number[] {
  return Array.from({ length: generator.length },
    (_, i) => ((i * generator.multiplier) % generator.modulus) / generator.divisor
      - generator.offset);
}
