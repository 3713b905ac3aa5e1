import type { Tensor } from '../engine/tensor.js';

// The JSON Pointer of one element of a decoded tensor field (a number is
// the field itself).
export function elementPointer(field: string, tensor: Tensor, index: number): string {
  if (tensor.rank === 0) return `/${field}`;
  if (tensor.rank === 1) return `/${field}/${index}`;
  const cols = tensor.shape[1]!;
  return `/${field}/${Math.floor(index / cols)}/${index % cols}`;
}

// The JSON Pointer of one row of a decoded tensor field (a vector is one row).
export function rowPointer(field: string, tensor: Tensor, row: number): string {
  return tensor.rank < 2 ? `/${field}` : `/${field}/${row}`;
}
