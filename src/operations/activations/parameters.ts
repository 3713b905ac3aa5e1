import { Type, type TSchema } from '@sinclair/typebox';

// One parameter of an activation: its wire schema, default and range. The
// schema only checks the type (a wrong type is a 400); a value of the right
// type outside the range is a 422 domain-error, decided by refuse().
export interface ActivationParameter<Value extends number | string = number | string> {
  readonly schema: TSchema;
  readonly default: Value;
  readonly range: string;
  // Why the value is outside the range, or undefined when it is inside.
  refuse(value: Value): string | undefined;
}

// A number parameter; without inRange every number JSON can carry (always
// finite) is accepted.
function numberParameter(
  defaultValue: number, description: string, range: string,
  inRange?: (value: number) => boolean,
): ActivationParameter<number> {
  const rule = inRange ? `must be ${range} (422 otherwise)` : range;
  return {
    schema: Type.Number({ default: defaultValue,
      description: `${description} Default ${defaultValue}; ${rule}.` }),
    default: defaultValue,
    range,
    refuse: (value) => (!inRange || inRange(value) ? undefined : `must be ${range}, got ${value}`),
  };
}

export function realParameter(defaultValue: number, description: string) {
  return numberParameter(defaultValue, description, 'any finite number');
}

export function positiveParameter(defaultValue: number, description: string) {
  return numberParameter(defaultValue, description, '> 0', (value) => value > 0);
}

export function nonZeroParameter(defaultValue: number, description: string) {
  return numberParameter(defaultValue, description, '!= 0', (value) => value !== 0);
}

// One of a few strings; another string is a 400 from the schema.
export function choiceParameter<const Choice extends string>(
  choices: readonly Choice[], defaultValue: Choice, description: string,
): ActivationParameter<Choice> {
  const range = `one of ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`;
  return {
    schema: Type.Union(choices.map((choice) => Type.Literal(choice)), {
      default: defaultValue, description: `${description} Default "${defaultValue}".` }),
    default: defaultValue,
    range,
    refuse: () => undefined,
  };
}
