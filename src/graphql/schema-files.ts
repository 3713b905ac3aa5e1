import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The SDL in schema/ is the source of truth other teams read; the server
// builds its schema from these files at start-up, in file-name order.
export const schemaDirectory = fileURLToPath(new URL('../../schema/', import.meta.url));

export function readSchemaFiles(directory = schemaDirectory): string {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(`${directory}${name}`, 'utf8'))
    .join('\n');
}
