/**
 * The components an MDX body may use, passed to every rendered article and term.
 * src/lib/mdx-guard.ts refuses any other; docs/components.md shows each one.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import HelpBox from './HelpBox.astro';
import ScrollTable from './prose/ScrollTable.astro';
import TaskBox from './prose/TaskBox.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, HelpBox, Term };

/** How Markdown's own elements render: a table scrolls in its own box, a task list prints boxes. */
export const markdownElements = { table: ScrollTable, input: TaskBox };
