// How the project measures and serves a file's transfer size: brotli at
// quality 11, as a CDN stores it (the size report and the benchmark's server).

import { brotliCompressSync, constants } from "node:zlib";

/** `data` (a Buffer or string) compressed with brotli at quality 11. */
export function brotli(data) {
  return brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(data) },
  });
}
