import type { z } from 'zod';
import type { ContentError } from '../errors.ts';
import type { YamlDocument } from '../parse/parse-yaml.ts';

/** Turns zod issues on YAML data into content errors located at the offending key. */
export function zodIssuesToErrors(issues: z.core.$ZodIssue[], yaml: YamlDocument, code: string, what: string): ContentError[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(top level)';
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return {
      code,
      message: missing ? `${what[0].toUpperCase()}${what.slice(1)} has no "${field}".` : `"${field}" in ${what} is not valid: ${issue.message}.`,
      hint: missing ? `add "${field}" (see the content model in the guide, /guide/).` : `correct "${field}" (see the content model in the guide, /guide/).`,
      location: yaml.locate(issue.path),
    };
  });
}
