import { describe, expect, it } from 'vitest';
import { isMdxHeadInjectNotice, quietBuildLog } from '../../src/lib/build-log.ts';

const headInject = 'The semantics of the module level directive "use astro:head-inject" in "content/symptoms/withdrawing.mdx?astroPropagatedAssets" may not be preserved when bundling.';

describe('the build log', () => {
  it.each([
    ['the MDX head-inject notice', { code: 'MODULE_LEVEL_DIRECTIVE', message: headInject }, true],
    ['another directive in an MDX file', { code: 'MODULE_LEVEL_DIRECTIVE', message: headInject.replace('use astro:head-inject', 'use client') }, false],
    ['the directive outside an MDX file', { code: 'MODULE_LEVEL_DIRECTIVE', message: headInject.replace('withdrawing.mdx', 'widget.ts') }, false],
    ['another warning about an MDX file', { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "./missing.png" in content/articles/public/a.mdx' }, false],
    ['a warning without a code', { message: headInject }, false],
  ])('%s: left out is %s', (_, log, leftOut) => {
    expect(isMdxHeadInjectNotice(log)).toBe(leftOut);
    const passed: unknown[] = [];
    quietBuildLog('warn', log, (_level, l) => passed.push(l));
    expect(passed).toEqual(leftOut ? [] : [log]);
  });
});
