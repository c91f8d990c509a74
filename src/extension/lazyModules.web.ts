// The browser build's lazyModules.ts: a web worker has no require, so these stay in its one bundle.
import * as CatalogParser from '../core/catalogParser';
import * as Export from './commands/export';
import * as Deals from './views/dealsPanel';
import * as Pipeline from './views/pipelinePanel';

export const pipelineModule = (): typeof Pipeline => Pipeline;
export const dealsModule = (): typeof Deals => Deals;
export const exportModule = (): typeof Export => Export;
export const catalogParserModule = (): typeof CatalogParser => CatalogParser;
