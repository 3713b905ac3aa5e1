import { Value } from '@sinclair/typebox/value';
import { ConfigSchema, type Config } from './schema.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Reads the settings from an environment (process.env by default), converts
// the strings to their schema types and fills in defaults. A value that does
// not fit stops start-up with a message that names the variable.
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const known = Object.keys(ConfigSchema.properties);
  const picked: Record<string, unknown> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }

  const converted = Value.Convert(ConfigSchema, picked) as Record<string, unknown>;
  const withDefaults = Value.Default(ConfigSchema, { ...converted, ...overrides });
  const firstError = Value.Errors(ConfigSchema, withDefaults).First();
  if (firstError) {
    const name = firstError.path.slice(1) || 'configuration';
    const options = (firstError.schema as { anyOf?: { const?: unknown }[] }).anyOf;
    const expected = options
      ? `expected one of ${options.map((option) => JSON.stringify(option.const)).join(', ')}`
      : firstError.message;
    throw new ConfigError(`${name}: ${expected} (got ${JSON.stringify(firstError.value)})`);
  }
  return withDefaults as Config;
}
