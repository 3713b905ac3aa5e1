// GraphQL enum values are SCREAMING_SNAKE; the REST names are kebab-case.
// LEAKY_RELU names /activations/leaky-relu.
export function restName(enumValue: string): string {
  return enumValue.toLowerCase().replaceAll('_', '-');
}
