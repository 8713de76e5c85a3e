/**
 * The components an MDX body may use, passed to every rendered article and term.
 * src/lib/mdx-guard.ts refuses any other; docs/components.md shows each one.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import HelpBox from './HelpBox.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, HelpBox, Term };
