import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSchemaFiles } from '../../src/graphql/schema-files.js';
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
});
