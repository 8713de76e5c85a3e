/**
 * Editors read these messages, so they say plainly what is wrong; the field's own description
 * then says what would be right (see src/lib/validate.ts). Installed once for every schema.
 */
import { z } from 'astro/zod';

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const received = (input: unknown) => (Array.isArray(input) ? 'a list' : input === null ? 'nothing' : article(typeof input));

z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'is required but missing';
      const expected = issue.expected === 'array' ? 'a list, like [a, b]' : issue.expected === 'boolean' ? 'true or false' : article(issue.expected);
      return `must be ${expected}, not ${received(issue.input)}: ${JSON.stringify(issue.input)}`;
    }
    if (issue.code === 'unrecognized_keys') {
      return `${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here: check the spelling against the fields this file may have`;
    }
    if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'string' && typeof issue.input === 'string') {
      const limit = issue.code === 'too_big' ? `${issue.maximum} at most` : `at least ${issue.minimum}`;
      return `is ${issue.input.length} characters long; it must be ${limit}`;
    }
    if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
    if (issue.code === 'invalid_value' && 'values' in issue) {
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(issue.input)}`;
    }
    return undefined;
  },
});
