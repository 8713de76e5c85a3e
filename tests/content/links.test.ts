import { describe, expect, it } from 'vitest';
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
    expect(linksToTermPage(article.body), 'links to a /conditions/, /symptoms/ or /treatments/ page').toBe(true);
    expect(linksToGetHelp(article.body), 'links to /get-help/').toBe(true);
  });
});
