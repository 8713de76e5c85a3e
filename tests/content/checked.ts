/**
 * What `npm run check:content` finds in the content, asked once: the content tests hold the
 * content to its rules through check:content's own function, so the two cannot disagree
 * (tests/unit/check-content.test.ts shows each rule failing on a bad fixture).
 */
import { relative } from 'node:path';
import { checkContent } from '../../scripts/check-content.ts';
import { formatProblem } from '../../src/lib/integrity.ts';
import { contentRoot } from './content.ts';

const { problems } = await checkContent({ dir: relative(process.cwd(), contentRoot) || contentRoot });

/** check:content's problems of one rule (its field), in one file when `file` is given, as it prints them. */
export const problemsOf = (field: string, file?: string): string[] =>
  problems.filter((p) => p.field === field && (file === undefined || p.file === relative(process.cwd(), file))).map(formatProblem);
