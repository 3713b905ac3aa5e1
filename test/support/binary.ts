import type { FastifyInstance } from 'fastify';

export type Dtype = 'float32' | 'float64';

export interface BinaryPost {
  dtype?: Dtype;
  // The rest of the query string (parameters, or a deliberately wrong shape).
  query?: Record<string, string>;
  // Ask for a binary answer (the default) or for JSON.
  answer?: 'binary' | 'json';
}

export interface BinaryResponse {
  status: number;
  headers: Record<string, unknown>;
  // The answer's values as float64 (binary answers), or its parsed JSON.
  values?: Float64Array;
  body?: unknown;
}

// The little-endian bytes of a vector or matrix in the given dtype, and its
// shape as the query string spells it.
export function tensorBytes(values: number[] | number[][], dtype: Dtype = 'float64') {
  const flat = (values as unknown[]).flat() as number[];
  const array = dtype === 'float64' ? Float64Array.from(flat) : Float32Array.from(flat);
  const rows = values as unknown[];
  const shape = Array.isArray(rows[0]) ? `${rows.length},${(rows[0] as unknown[]).length}`
    : `${rows.length}`;
  return { bytes: Buffer.from(array.buffer), shape };
}

export function readValues(payload: Buffer, dtype: Dtype): Float64Array {
  const copy = Uint8Array.from(payload);
  return dtype === 'float64' ? new Float64Array(copy.buffer)
    : Float64Array.from(new Float32Array(copy.buffer));
}

// POSTs a raw tensor with its shape and dtype in the query string.
export async function postBinary(
  app: FastifyInstance, path: string, values: number[] | number[][], options: BinaryPost = {},
): Promise<BinaryResponse> {
  const dtype = options.dtype ?? 'float64';
  const { bytes, shape } = tensorBytes(values, dtype);
  const query = new URLSearchParams({ dtype, shape, ...options.query });
  const answer = options.answer ?? 'binary';
  const response = await app.inject({ method: 'POST', url: `${path}?${query}`, payload: bytes,
    headers: { 'content-type': 'application/octet-stream',
      accept: answer === 'binary' ? 'application/octet-stream' : 'application/json' } });
  const headers = response.headers as Record<string, unknown>;
  const isBinary = String(headers['content-type']).startsWith('application/octet-stream');
  return isBinary
    ? { status: response.statusCode, headers, values: readValues(response.rawPayload, dtype) }
    : { status: response.statusCode, headers, body: response.json() };
}
