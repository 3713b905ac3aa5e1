import {
  GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext,
} from 'graphql';

// A validation rule that bounds the work one document may ask for: it counts
// every field an operation would resolve, aliases and fragment spreads
// included (a fragment used ten times counts ten times), and refuses the
// document past the limit. Depth alone does not stop 1,000 aliases of one
// expensive field.
export function fieldBudget(maxFields: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const count = countFields(context, node.selectionSet, maxFields + 1, new Set());
      if (count > maxFields) {
        context.reportError(new GraphQLError(
          `the query asks for more than ${maxFields} fields (aliases and fragments included)`,
          { nodes: node, extensions: { code: 'QUERY_TOO_LARGE' } }));
      }
    },
  });
}

function countFields(context: ValidationContext, selectionSet: SelectionSetNode, stopAt: number,
  fragmentsOnPath: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (count >= stopAt) break;
    if (selection.kind === Kind.FIELD) {
      count += 1;
      if (selection.selectionSet) {
        count += countFields(context, selection.selectionSet, stopAt - count, fragmentsOnPath);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countFields(context, selection.selectionSet, stopAt - count, fragmentsOnPath);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // Cycles are reported by GraphQL's own rules; do not loop on them here.
      if (!fragment || fragmentsOnPath.has(name)) continue;
      fragmentsOnPath.add(name);
      count += countFields(context, fragment.selectionSet, stopAt - count, fragmentsOnPath);
      fragmentsOnPath.delete(name);
    }
  }
  return count;
}
