/**
 * fflate's deflate, for browsers without `CompressionStream('deflate-raw')` (Safari before 16.4,
 * Chromium before 103). A module of its own so that it is loaded only there, by name: a dynamic
 * import of the package itself made the build add a namespace helper chunk.
 */
export { Inflate, Unzlib, deflateSync } from 'fflate'
