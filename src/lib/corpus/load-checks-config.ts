import { checksConfigSchema, type ChecksConfig } from '../checks/config.ts';
import { checkIds, severities } from '../checks/finding.ts';
import { ContentValidationError, type ContentError } from '../errors.ts';
import { parseYamlWithPositions } from '../parse/parse-yaml.ts';
import { zodIssuesToErrors } from '../validate/zod-errors.ts';
import { readContent, type SourceFile } from './read-content.ts';

/** Where the checks configuration lives, relative to the project root. */
export const checksConfigPath = 'content/checks.yaml';

/** Parses `content/checks.yaml` as read by the content reader (defaults when there is none); errors located in it. */
export function parseChecksFile(file: SourceFile | undefined): { config: ChecksConfig; errors: ContentError[] } {
  if (!file) return { config: {}, errors: [] };
  const yaml = parseYamlWithPositions(file.text, file.path);
  if (yaml.errors.length) return { config: {}, errors: yaml.errors };
  const parsed = checksConfigSchema.safeParse(yaml.value ?? {});
  if (parsed.success) return { config: parsed.data, errors: [] };
  const hint = `give each check id (${checkIds.join(', ')}) one of ${severities.join(', ')}, under severities: or conclusions: <slug>: (see the comments at the top of the file).`;
  return { config: {}, errors: zodIssuesToErrors(parsed.error.issues, yaml, 'checks-config-invalid', 'the checks configuration').map((e) => ({ ...e, hint })) };
}

/** Reads `content/checks.yaml` under `root` (defaults when there is none); throws a {@link ContentValidationError} when it is invalid. */
export function loadChecksConfig(root: string): ChecksConfig {
  const { config, errors } = parseChecksFile(readContent(root).files.checks);
  if (errors.length) throw new ContentValidationError(errors);
  return config;
}
