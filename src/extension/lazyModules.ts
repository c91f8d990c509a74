// What activation does not need, loaded the first time it is used: the pipeline chart, the deals
// table, the exports and the catalog parser. In the Node build each is a bundle of its own in
// dist/lazy/ (LAZY_MODULES in esbuild.mjs), so that starting the extension compiles and runs only
// what activate() uses; Node caches each after its first require. The browser build (a web worker,
// no require) takes lazyModules.web.ts instead, which keeps them in its one bundle.
import type * as CatalogParser from '../core/catalogParser';
import type * as Export from './commands/export';
import type * as Deals from './views/dealsPanel';
import type * as Pipeline from './views/pipelinePanel';

export const pipelineModule = (): typeof Pipeline => require('./lazy/pipeline.js');
export const dealsModule = (): typeof Deals => require('./lazy/deals.js');
export const exportModule = (): typeof Export => require('./lazy/export.js');
export const catalogParserModule = (): typeof CatalogParser => require('./lazy/catalogParser.js');
