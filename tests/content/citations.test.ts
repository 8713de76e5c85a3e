import { describe, expect, it } from 'vitest';
import { uncitedBlocks } from './checks.ts';
import { clinicianArticles } from './content.ts';

describe('clinician articles cite a source for what they state', () => {
  it('finds an uncited paragraph, list or table, and accepts cited ones', () => {
    const body = [
      '## Heading',
      'A cited claim. <Cite id="ma-2021" />',
      'An uncited claim.',
      'Five features <Cite id="palyo-2008" />:',
      '- one\n- two',
      '- a list with no introduction',
      '| a | b |\n| --- | --- |\n| c | d |',
      'See [the summary](/clinicians/emotional-numbing-clinical-summary/).',
      '<Callout kind="note" title="Not yet referenced: prompts">\nAn honest, labelled gap.\n</Callout>',
      '<Callout kind="note" title="Aside">\nA hidden uncited claim.\n</Callout>',
    ].join('\n\n');
    expect(uncitedBlocks(body)).toEqual([
      'An uncited claim.',
      '- a list with no introduction',
      '| a | b |\n| --- | --- |\n| c | d |',
      'A hidden uncited claim.',
    ]);
  });

  const articles = clinicianArticles().filter((a) => a.data.format !== 'handout');
  it.each(articles.map((a) => [a.id, a] as const))('%s', (_, article) => {
    expect(uncitedBlocks(article.body)).toEqual([]);
  });
});
