import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { problemCatalogue, type ProblemCode } from '../errors/catalogue.js';
import { problemDetails } from '../errors/problem-error.js';
import { sendProblem } from './send-problem.js';

const ProblemTypeSchema = Type.Object({
  code: Type.String(), status: Type.Integer(), title: Type.String(), description: Type.String(),
});

// Each problem's `type` is /problems/<code>; these routes make it resolve to
// a description of the problem.
export async function problemRoutes(app: FastifyInstance): Promise<void> {
  // typebox schemas, checked by typebox: strict types and no coercion.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.get('/problems', {
    schema: { tags: ['operations'], summary: 'Every problem type the service answers with',
      response: { 200: Type.Array(ProblemTypeSchema) } },
  }, async () => Object.entries(problemCatalogue).map(([code, entry]) => ({ code, ...entry })));

  app.get<{ Params: { code: string } }>('/problems/:code', {
    schema: { tags: ['operations'], summary: 'One problem type',
      params: Type.Object({ code: Type.String() }),
      response: { 200: ProblemTypeSchema } },
  }, async (request, reply) => {
    const code = request.params.code;
    if (!Object.hasOwn(problemCatalogue, code)) {
      return sendProblem(reply, problemDetails('unknown-name',
        `no problem type ${code}; known: ${Object.keys(problemCatalogue).join(', ')}`));
    }
    return { code, ...problemCatalogue[code as ProblemCode] };
  });
}
