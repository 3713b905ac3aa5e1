import { problemCatalogue, problemType, type ProblemCode } from './catalogue.js';

// One offending place in the request, as a JSON Pointer (RFC 6901).
export interface ProblemPointer {
  pointer: string;
  message: string;
}

// The RFC 9457 body every error response carries, with `code` as an
// extension member so clients can switch on it.
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  errors?: ProblemPointer[];
}

// An error the service answers on purpose. It is plain data underneath, so a
// worker thread can send it back to the main thread unchanged.
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly code: ProblemCode;
  readonly errors: ProblemPointer[] | undefined;

  constructor(code: ProblemCode, detail: string, errors?: ProblemPointer[]) {
    super(detail);
    this.code = code;
    this.errors = errors;
  }

  get status(): number {
    return problemCatalogue[this.code].status;
  }

  toDetails(): ProblemDetails {
    return problemDetails(this.code, this.message, this.errors);
  }

  static fromDetails(details: ProblemDetails): ProblemError {
    return new ProblemError(details.code, details.detail, details.errors);
  }
}

export function problemDetails(
  code: ProblemCode, detail: string, errors?: ProblemPointer[],
): ProblemDetails {
  const { status, title } = problemCatalogue[code];
  const details: ProblemDetails = { type: problemType(code), title, status, detail, code };
  if (errors && errors.length > 0) details.errors = errors;
  return details;
}

// A problem tied to one place in the request: the common case.
export function problemAt(code: ProblemCode, pointer: string, message: string): ProblemError {
  return new ProblemError(code, `${pointer || '/'}: ${message}`, [{ pointer, message }]);
}
