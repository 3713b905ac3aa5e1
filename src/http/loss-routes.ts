import { Type } from '@sinclair/typebox';
import { LossCatalogueEntry, lossCatalogue } from '../operations/losses/catalogue.js';
import { lossNames } from '../operations/losses/index.js';
import { catalogueRoutes } from './catalogue-routes.js';

export const lossRoutes = catalogueRoutes({
  prefix: '/losses',
  tag: 'losses',
  noun: 'loss',
  summary: 'Every loss function',
  description: 'Name, formula, the PyTorch function followed, reductions, parameters with '
    + 'defaults, and deliberate differences, for each POST /losses/{name}.',
  schema: Type.Array(LossCatalogueEntry),
  catalogue: lossCatalogue,
  names: lossNames,
});
