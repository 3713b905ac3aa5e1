import type { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { elementPointer, rowPointer } from './tensor-pointers.js';

// Logits may be -Infinity (a masked token) but never +Infinity: every
// normalisation would meet Infinity - Infinity.
export function assertNoPositiveInfinity(logits: Tensor, field = 'logits'): void {
  const positive = logits.data.indexOf(Infinity);
  if (positive >= 0) {
    throw problemAt('domain-error', elementPointer(field, logits, positive),
      'a logit of +Infinity has no softmax (Infinity - Infinity); use a large finite value');
  }
}

// Every slice that is normalised needs at least one unmasked logit.
export function assertNoMaskedSlice(logits: Tensor, axis: 'rows' | 'columns',
  field = 'logits'): void {
  const rows = logits.rank === 2 ? logits.shape[0]! : 1;
  const cols = logits.rank === 2 ? logits.shape[1]! : logits.data.length;
  const slices = axis === 'rows' ? rows : cols;
  const length = axis === 'rows' ? cols : rows;

  for (let slice = 0; slice < slices; slice++) {
    let masked = true;
    for (let k = 0; k < length && masked; k++) {
      const index = axis === 'rows' ? slice * cols + k : k * cols + slice;
      masked = logits.data[index] === -Infinity;
    }
    if (!masked) continue;
    const where = axis === 'rows' ? rowPointer(field, logits, slice) : `/${field}`;
    const what = logits.rank === 1 ? 'every logit' : axis === 'rows'
      ? `every logit of row ${slice}` : `every logit of column ${slice}`;
    throw problemAt('domain-error', where,
      `${what} is -Infinity: a fully masked distribution cannot be normalised`);
  }
}
