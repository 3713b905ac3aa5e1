import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/load.js';

describe('configuration from the environment', () => {
  it('listens on port 3000 by default', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.POOL_THREADS).toBeGreaterThanOrEqual(1);
  });

  it('converts numeric strings from the environment', () => {
    const config = loadConfig({ PORT: '8080', INLINE_THRESHOLD_BYTES: '0' });
    expect(config.PORT).toBe(8080);
    expect(config.INLINE_THRESHOLD_BYTES).toBe(0);
  });

  it('refuses a value that does not fit, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' }))
      .toThrow(/LOG_LEVEL: expected one of .*"debug".*\(got "loud"\)/);
    expect(() => loadConfig({ POOL_THREADS: '0' })).toThrow(/POOL_THREADS/);
  });

  it('names the instance after the host unless told otherwise', () => {
    expect(loadConfig({}).INSTANCE_ID).toBe(hostname());
    expect(loadConfig({ INSTANCE_ID: 'replica-1' }).INSTANCE_ID).toBe('replica-1');
    expect(() => loadConfig({ INSTANCE_ID: 'two words' })).toThrow(/INSTANCE_ID/);
  });
});
