import { describe, expect, it } from 'vitest';
import { decodeBase } from '../../src/operations/information-fields.js';
import { problemOf } from '../support/problems.js';

describe('decodeBase', () => {
  it('reads "e" and absence as e, and refuses bases not above 1', () => {
    expect(decodeBase(undefined)).toBe(Math.E);
    expect(decodeBase('e')).toBe(Math.E);
    expect(decodeBase(2)).toBe(2);
    expect(problemOf(() => decodeBase(1)).status).toBe(422);
    expect(problemOf(() => decodeBase(-2)).errors![0]!.pointer).toBe('/base');
  });
});
