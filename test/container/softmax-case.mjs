// Turns a softmax reference case into a request body, and checks an answer
// against the case's expected values with the reference tolerance rule
// (|got - want| <= abs + rel * |want|).
//   node softmax-case.mjs body  REFERENCE_FILE CASE_ID > body.json
//   node softmax-case.mjs check REFERENCE_FILE CASE_ID < answer.json
import { readFileSync } from 'node:fs';
import { argv, stdout } from 'node:process';

const [mode, file, id] = argv.slice(2);
const found = JSON.parse(readFileSync(file, 'utf8')).cases.find((c) => c.id === id);
if (!found || found.op !== 'softmax') throw new Error(`no softmax case ${id} in ${file}`);

if (mode === 'body') {
  stdout.write(JSON.stringify({ logits: found.input.x, ...found.params }));
} else if (mode === 'check') {
  const got = JSON.parse(readFileSync(0, 'utf8')).probabilities;
  const want = found.expected.y;
  const { rel, abs } = found.tolerance;
  if (!Array.isArray(got) || got.length !== want.length) {
    throw new Error(`expected ${want.length} probabilities, got ${JSON.stringify(got)?.slice(0, 80)}`);
  }
  const off = want.findIndex((w, i) => !(Math.abs(got[i] - w) <= abs + rel * Math.abs(w)));
  if (off >= 0) throw new Error(`probabilities[${off}] is ${got[off]}, expected ${want[off]}`);
  stdout.write(`${id}: ${want.length} probabilities within the reference tolerance\n`);
} else {
  throw new Error(`unknown mode ${mode}`);
}
