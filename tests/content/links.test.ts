/**
 * Every public article leads to a term page and to urgent help: the rule is src/lib/help-links.ts,
 * asked by `npm run check:content`, whose own function holds the content to it here.
 */
import { describe, expect, it } from 'vitest';
import { problemsOf } from './checked.ts';
import { linksToGetHelp, linksToTermPage } from './checks.ts';
import { publicArticles } from './content.ts';

describe('every public article leads to a term page and to urgent help', () => {
  it('tells a linked article from an unlinked one', () => {
    expect(linksToTermPage('Read about [burnout](/conditions/burnout/).')).toBe(true);
    expect(linksToTermPage('Read about [burnout](/for-you/burnout/).')).toBe(false);
    expect(linksToGetHelp('[Get help now](/get-help/).')).toBe(true);
    expect(linksToGetHelp('Get help now at get-help.')).toBe(false);
  });

  it.each(publicArticles().map((a) => [a.id, a] as const))('%s', (_, article) => {
    expect(problemsOf('help link', article.file)).toEqual([]);
  });
});
