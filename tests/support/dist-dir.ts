import { resolve } from 'node:path';

/** Where the tests build the site and read it from: PC_OUT_DIR, or `dist/`. */
export const distDir = resolve(process.env.PC_OUT_DIR ?? 'dist');
