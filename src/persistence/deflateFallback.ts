/**
 * fflate's raw deflate, for browsers without `CompressionStream('deflate-raw')` (Safari before
 * 16.4, Chromium before 103). A module of its own so that share links load it only there, by
 * name: a dynamic import of the package itself made the build add a namespace helper chunk.
 */
export { Inflate, deflateSync } from 'fflate'
