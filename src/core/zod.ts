// The part of zod/mini the project validates with. The Node extension build makes this module a
// bundle of its own (dist/lazy/zod.js, see esbuild.mjs) that the lazy bundles using it share,
// instead of each carrying a copy.
export { array, discriminatedUnion, enum, instanceof, int, literal, maxLength, maximum, minimum, number, object, optional, regex, string } from 'zod/mini';
export type { infer } from 'zod/mini';
