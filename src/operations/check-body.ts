import { TypeGuard, type TObject, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { ValueError } from '@sinclair/typebox/value';
import { ProblemError, problemAt, type ProblemPointer } from '../errors/problem-error.js';
import { decodeTensor } from '../wire/decode-tensor.js';
import { ElementBudget } from '../wire/element-budget.js';
import type { AnyOperation } from './operation.js';

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

function checkerFor(schema: TSchema): TypeCheck<TSchema> {
  let checker = compiled.get(schema);
  if (!checker) {
    checker = TypeCompiler.Compile(schema);
    compiled.set(schema, checker);
  }
  return checker;
}

// Validates a parsed body against the operation's schema: strict types, no
// coercion, no unknown fields. On failure the answer names the exact place:
// tensor fields are walked element by element for a precise pointer.
export function checkBody(operation: AnyOperation, body: unknown): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw problemAt('invalid-request', '', 'the body must be a JSON object');
  }
  const checker = checkerFor(operation.body);
  if (checker.Check(body)) return;

  const record = body as Record<string, unknown>;
  for (const [field, spec] of Object.entries(operation.tensorFields)) {
    if (record[field] === undefined) continue;
    // Throws the precise problem if the tensor itself is at fault.
    decodeTensor(record[field], `/${field}`, {
      budget: new ElementBudget(Number.MAX_SAFE_INTEGER), ranks: spec.ranks, allowNaN: true,
    });
  }

  throwFieldErrors(checkerFor(closestForm(operation.body, record)), body,
    operation.unknownFieldHints);
}

// Validates plain fields (no tensors) against a schema, with the same
// messages as checkBody: used for the query string of a binary request.
export function checkFields(schema: TObject, value: unknown): void {
  const checker = checkerFor(schema);
  if (!checker.Check(value)) throwFieldErrors(checker, value);
}

function throwFieldErrors(checker: TypeCheck<TSchema>, value: unknown,
  hints?: Readonly<Record<string, string>>): never {
  // One message per place (a missing field would also fail its type), ten at most.
  const errors: ProblemPointer[] = [];
  for (const error of checker.Errors(value)) {
    const described = describeError(error, hints);
    if (errors.some((e) => e.pointer === described.pointer)) continue;
    if (errors.push(described) === 10) break;
  }
  throw new ProblemError('invalid-request',
    errors.map((e) => `${e.pointer || '/'}: ${e.message}`).join('; '), errors);
}

// For a body that may take several forms (a union of objects), the form
// sharing most fields with the body: its errors are the ones that make sense
// to the client, where the union's own error would only say "no form fits".
function closestForm(schema: TSchema, body: Record<string, unknown>): TSchema {
  if (!TypeGuard.IsUnion(schema) || !schema.anyOf.every(TypeGuard.IsObject)) return schema;
  const keys = Object.keys(body);
  const shared = (form: TSchema) => keys.filter((key) => key in form.properties).length;
  return schema.anyOf.reduce((best, form) => (shared(form) > shared(best) ? form : best));
}

function describeError(error: ValueError, hints: Readonly<Record<string, string>> = {}):
  ProblemPointer {
  const allowed = literalChoices(error.schema);
  if (error.message === 'Unexpected property') {
    const hint = hints[error.path];
    return { pointer: error.path, message: hint ? `unknown field: ${hint}` : 'unknown field' };
  }
  if (error.message === 'Expected required property') {
    return { pointer: error.path, message: 'required field is missing' };
  }
  if (allowed) {
    return { pointer: error.path, message: `expected one of ${allowed}` };
  }
  return { pointer: error.path, message: `${lowerFirst(error.message)}, got ${describe(error.value)}` };
}

// "one of" for a union: its literal values and the types it also takes, so
// the client reads 'expected one of "e", a number' rather than "union value".
function literalChoices(schema: TSchema): string | undefined {
  const options = (schema as { anyOf?: TSchema[] }).anyOf;
  if (!options) return undefined;
  return options.map((option) => ('const' in option ? JSON.stringify(option.const)
    : `${/^[aeiou]/.test(String(option.type)) ? 'an' : 'a'} ${option.type ?? 'value'}`))
    .join(', ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value;
}
