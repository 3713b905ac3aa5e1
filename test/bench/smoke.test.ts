import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'probity-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// The benchmark is not part of the test run, but its smoke mode is: servers,
// autocannon, the answer checks and the report must keep working.
describe('npm run bench -- --smoke', () => {
  it('starts the servers, checks the answers and writes the report', async () => {
    await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--out', out],
      { timeout: 110_000 });
    const day = new Date().toISOString().slice(0, 10);
    const results = JSON.parse(readFileSync(join(out, `${day}.json`), 'utf8'));
    expect(results.smoke).toBe(true);
    // 3 sizes x (echo, echo with headers, 3 JSON policies, 2 binary dtypes, binary echo).
    expect(results.http.length).toBe(24);
    for (const measurement of results.http) {
      expect(measurement.requests).toBeGreaterThan(0);
      expect(measurement.clientCpuMs).toBeGreaterThan(0);
    }
    const probityJson = results.http.filter((m: { id: string }) => m.id === 'json');
    for (const measurement of probityJson) expect(measurement.serverGcMs).toBeGreaterThanOrEqual(0);
    expect(results.cpuHeavy.forms.map((form: { answer: string }) => form.answer))
      .toEqual(['binary', 'json']);

    const report = readFileSync(join(out, `${day}.md`), 'utf8');
    expect(report).toMatch(/## Targets/);
    expect(report).toMatch(/engine softmax over 1M float64/);
    expect(readFileSync(join(out, `${day}.svg`), 'utf8')).toMatch(/^<svg[^]*<\/svg>\n$/);
  }, 120_000);
});
