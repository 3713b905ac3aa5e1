import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSchemaFiles } from '../../src/graphql/schema-files.js';
import { operations } from '../../src/operations/registry.js';
import { useTestApp } from '../support/app.js';

const app = useTestApp();

function canonical(schema: ReturnType<typeof buildSchema>): string {
  return printSchema(lexicographicSortSchema(schema));
}

describe('the GraphQL schema', () => {
  it('is exactly the SDL kept in schema/', () => {
    const fromFiles = canonical(buildSchema(readSchemaFiles()));
    expect(canonical(app().graphql.schema)).toBe(fromFiles);
  });

  it('documents every top-level field', () => {
    const fields = app().graphql.schema.getQueryType()!.getFields();
    for (const field of Object.values(fields)) {
      expect(field.description, field.name).toBeTruthy();
    }
  });

  // Each family's field says which REST route it mirrors: "as POST /softmax", or
  // "as POST /losses/{name}" for the families with one route per name.
  it('offers a field for every REST operation', () => {
    const sdl = readSchemaFiles().replace(/\s+/g, ' ');
    for (const operation of operations) {
      const family = `${operation.path.slice(0, operation.path.lastIndexOf('/') + 1)}{name}`;
      const covered = sdl.includes(`POST ${operation.path}`) || sdl.includes(`POST ${family}`);
      expect(covered, `no GraphQL field mirrors POST ${operation.path}`).toBe(true);
    }
  });
});
