import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { wholeTable } from '../advice/advise.js';
import {
  adviceDescription, ArchitectureAdviceSchema, SymptomAdviceSchema, TaskAdviceSchema,
} from '../operations/advice.js';

const AdviceTableSchema = Type.Object({
  tasks: Type.Array(TaskAdviceSchema),
  architectures: Type.Array(ArchitectureAdviceSchema),
  symptoms: Type.Array(SymptomAdviceSchema),
});

// The whole advice table: data, not a computation, so it is answered here
// rather than through the operation path.
export async function adviceRoutes(app: FastifyInstance): Promise<void> {
  const table = wholeTable();
  app.get('/advice', {
    schema: { tags: ['advice'], summary: 'Every row of the advice tables',
      description: adviceDescription, response: { 200: AdviceTableSchema } },
  }, async () => table);
}
