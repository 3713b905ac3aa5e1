// The reference names activations in camelCase (leakyRelu); routes are kebab-case.
export function activationRoute(op: string): string {
  return `/activations/${op.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
