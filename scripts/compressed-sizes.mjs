// A file's size as a server would send it with the strongest standard settings: gzip level 9,
// brotli quality 11. `npm run size` and the benchmark measure with this one function.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
