import fc from 'fast-check';

// JSON text for hostile request bodies. A body is built as a JSON value in
// which some places hold raw text that JSON.stringify cannot write (NaN,
// 1e999, deep nesting); placeholders mark those places until the text is
// assembled.
export interface HostileBody {
  what: string;
  contentType: string;
  payload: string | Buffer;
  // False where the mutation may happen to be a valid request.
  mustRefuse: boolean;
}

export type JsonSchema = Record<string, unknown>;

// A small valid-looking instance of a JSON schema: required fields only (or
// the first field when none is required), the first variant of a union.
export function exampleOf(schema: JsonSchema): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) return exampleOf(variants[0]!);
  switch (schema.type) {
    case 'object': return objectExample(schema);
    case 'array': return Array.from({ length: Math.max(2, Number(schema.minItems ?? 0)) },
      () => exampleOf((schema.items ?? {}) as JsonSchema));
    case 'number': return Number(schema.minimum ?? 0.5);
    case 'integer': return Number(schema.minimum ?? 1);
    case 'string': return 'x';
    case 'boolean': return false;
    default: return 0;
  }
}

function objectExample(schema: JsonSchema): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const names = Object.keys(properties);
  const required = (schema.required ?? names.slice(0, 1)) as string[];
  return Object.fromEntries(required.map((name) => [name, exampleOf(properties[name]!)]));
}

// Every place in a value, as a path of keys and indexes ([] is the root).
export function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const places = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => places.push(...placesIn(item, [...path, index])));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) places.push(...placesIn(item, [...path, key]));
  }
  return places;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string | number, unknown>)[head!] =
    replaceAt((value as Record<string | number, unknown>)[head!], rest, replacement);
  return copy;
}

const rawMark = (index: number) => `\u0000raw${index}\u0000`;

// JSON text of a value whose raw placeholders are replaced by their text.
function assemble(value: unknown, raws: string[]): string {
  let text = JSON.stringify(value);
  raws.forEach((raw, index) => { text = text.replace(JSON.stringify(rawMark(index)), raw); });
  return text;
}

// Values that are not numbers, or spell one in a way the contract refuses.
const hostileValues: unknown[] = [
  'NaN', 'nan', 'NAN', '-NaN', '+NaN', 'Infinity', '-Infinity', '+Infinity', 'infinity',
  'inf', '-inf', 'Inf', '1e999', '1', '0', '-0', '0x10', '', ' ', '1 ', null, true, false,
  {}, [], [[]], [[], []], [1, [2]], [[1], 2], [[1, 2], [3]], [[1], []], { valueOf: 1 },
  JSON.parse('{"__proto__":{"polluted":true}}'), -1, 0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 1e-300,
];

// Raw JSON-ish text in place of a value: literals JSON forbids, overflowing
// and underflowing literals, deep nesting.
const rawTexts = fc.oneof(
  fc.constantFrom('NaN', '-NaN', 'Infinity', '-Infinity', '+1', '01', '.5', '1.', '0x1F',
    'undefined', '1e999', '-1e999', '1e-999', '1e400', "'1'", '[1,]', '[,1]', '{"a":1,}'),
  fc.integer({ min: 3, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 3, max: 3_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
);

const specialKeys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
  'valueOf', '__defineGetter__', 'constructor.prototype'];

function misspellings(names: string[]): string[] {
  return names.flatMap((name) => [name.slice(1), `${name}s`, name.toUpperCase(),
    `${name.slice(0, -1)}${name.slice(-1).repeat(2)}`, ` ${name}`]);
}

export interface HostileLimits {
  bodyLimitBytes: number;
  maxElements: number;
}

// Hostile bodies for one route, mutating its seed body.
export function hostileBodies(seed: unknown, limits: HostileLimits): fc.Arbitrary<HostileBody> {
  const places = placesIn(seed);
  const place = fc.constantFrom(...places);
  const fieldNames = seed !== null && typeof seed === 'object' ? Object.keys(seed) : [];
  const seedText = JSON.stringify(seed);
  const json = (what: string, payload: string, mustRefuse = true): HostileBody =>
    ({ what, contentType: 'application/json', payload, mustRefuse });

  return fc.oneof(
    fc.tuple(place, fc.oneof(fc.constantFrom(...hostileValues), fc.jsonValue({ maxDepth: 3 })))
      .map(([at, value]) => json(`${JSON.stringify(value)} at /${at.join('/')}`,
        JSON.stringify(replaceAt(seed, at, value)), false)),
    fc.tuple(place, rawTexts).map(([at, raw]) => json(`${raw.slice(0, 30)} at /${at.join('/')}`,
      assemble(replaceAt(seed, at, rawMark(0)), [raw]), raw !== '1e-999')),
    fc.tuple(fc.oneof(fc.constantFrom(...specialKeys, ...misspellings(fieldNames)), fc.string()),
      fc.constantFrom<unknown>(1, {}, { prototype: { polluted: true } }, null))
      .map(([key, value]) => json(`extra field ${JSON.stringify(key)}`,
        seedText.replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value)},`)
          .replace(/,\}$/, '}'))),
    fc.tuple(place, fc.integer({ min: 1, max: 3 })).map(([at, rows]) => {
      const length = Math.ceil((limits.maxElements + 1) / rows);
      const row = `[${'0,'.repeat(length - 1)}0]`;
      const raw = rows === 1 ? row : `[${new Array(rows).fill(row).join(',')}]`;
      return json(`${rows} x ${length} elements at /${at.join('/')}`,
        assemble(replaceAt(seed, at, rawMark(0)), [raw]));
    }),
    fc.integer({ min: 0, max: Math.max(0, seedText.length - 1) })
      .map((cut) => json(`truncated at ${cut}`, seedText.slice(0, cut))),
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data',
      'application/xml', 'application/json-patch+json', 'text/json', 'application/jsonx')
      .map((contentType) => ({ what: contentType, contentType, payload: seedText,
        mustRefuse: true })),
    fc.constantFrom('[]', '1', '"x"', 'null', 'true', ' ', '{}{}', '{"a":1}x')
      .map((payload) => json(`body ${JSON.stringify(payload)}`, payload)),
    // JSON may start with a byte-order mark; {} is valid where every field
    // has a default.
    fc.constant(json('a byte-order mark before {}', '\ufeff{}', false)),
    fc.constant(json('invalid UTF-8', '')).map((body) => ({ ...body,
      payload: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe, 0xc0]),
        Buffer.from('"}')]) })),
    fc.constant(json('over the body limit',
      `{"x":[${'0,'.repeat(Math.ceil(limits.bodyLimitBytes / 2))}0]}`)),
  );
}
