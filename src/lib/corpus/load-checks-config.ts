import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChecksConfig, type ChecksConfig } from '../checks/config.ts';

/** Where the checks configuration lives, relative to the project root. */
export const checksConfigPath = 'content/checks.yaml';

/** Reads `content/checks.yaml` under `root` (defaults when there is none); throws when it is invalid. */
export function loadChecksConfig(root: string): ChecksConfig {
  const file = join(root, checksConfigPath);
  return existsSync(file) ? parseChecksConfig(readFileSync(file, 'utf8'), checksConfigPath) : {};
}
