import {
  ActivationCatalogue, activationCatalogue, activationNames,
} from '../operations/activations/catalogue.js';
import { catalogueRoutes } from './catalogue-routes.js';

export const activationRoutes = catalogueRoutes({
  prefix: '/activations',
  tag: 'activations',
  noun: 'activation',
  summary: 'Every activation function',
  description: 'Name, formula, derivative, parameters with defaults and ranges, and '
    + 'whether a gradient is available, for each POST /activations/{name}.',
  schema: ActivationCatalogue,
  catalogue: activationCatalogue(),
  names: activationNames,
});
