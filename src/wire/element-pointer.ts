import type { Tensor } from '../engine/tensor.js';

// The JSON Pointer of one element of a decoded tensor, from its flat index:
// /p/3 in a vector, /p/1/2 in a matrix.
export function elementPointer(tensor: Tensor, pointer: string, index: number): string {
  if (tensor.rank < 2) return `${pointer}/${index}`;
  const cols = tensor.shape[1]!;
  return `${pointer}/${Math.floor(index / cols)}/${index % cols}`;
}
