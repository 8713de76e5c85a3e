/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is not rendered again; its previous HTML is kept.
 * Astro hashes the page's own code; the rest is ours to cover. So a key hashes everything the
 * page shows: its own file and the pictures in its body; of other entries, the terms it is
 * tagged with, the references it cites, the glossary words in its body, the articles under
 * "Read next" and "Pages that link here" and every help line; whether its review is overdue
 * today; and the site's code. A change to any of them gives the page a new key.
 *
 * tests/build/incremental-build.test.ts changes one entry of each collection, a picture and the
 * code in turn and checks the rebuilt site equals a build from nothing, file for file: add to
 * the key whatever a new part of the article page shows, or that test fails.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { glossaryMentions, linkTargets } from './body.ts';
import { articleCard } from './article-card.ts';
import type { Article } from './graph.ts';
import { imageFormats } from './images.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { isReviewOverdue } from './reviews.ts';
import { termKinds } from './urls.ts';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** An entry's file as Astro's content layer hashed it, or the file's own bytes if it did not. */
const fileDigest = (entry: { digest?: string | number; filePath?: string }) => entry.digest ?? (entry.filePath ? sha256(readFileSync(entry.filePath)) : undefined);

/**
 * The pictures a body shows, by their bytes: a picture replaced under the same name changes
 * the page (its size, its copies' names) though the article's file does not change.
 */
const pictures = (article: Article) =>
  linkTargets(article.body)
    .filter((url) => (imageFormats as readonly string[]).includes(extname(url).toLowerCase()))
    .map((url) => {
      const path = resolve(dirname(article.filePath), url);
      return existsSync(path) ? sha256(readFileSync(path)) : `missing ${url}`;
    });

/**
 * The site's code: every file under src/ and the Astro configuration. Astro hashes a page's own
 * code, but not the names its stylesheets get: those depend on how the whole site's CSS is
 * split, so a component newly used on another page renames the files a kept page links to.
 * Any change to the code therefore renders every page again; a change to content alone does not.
 */
let code: string | undefined;
function codeHash(): string {
  if (code) return code;
  const root = process.cwd();
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of [...files, join(root, 'astro.config.mjs')]) hash.update(file.slice(root.length)).update(readFileSync(file));
  return (code = hash.digest('hex'));
}

/** The key of an article page (src/layouts/ArticlePage.astro). */
export function articleCacheKey(kb: KnowledgeBase, article: Article, today: Date = new Date()): string {
  const terms = kb.termsOf(article);
  const shown = {
    code: codeHash(),
    // The article's own file, frontmatter and body, as Astro's content layer hashed it.
    file: fileDigest(kb.entry(article)),
    pictures: pictures(article),
    draft: kb.isDraft(article.id),
    overdue: isReviewOverdue(article.nextReview, today),
    // Each tag's whole file: its name, summary and aliases are all it has to show.
    terms: termKinds.map((kind) => terms[kind].map((t) => fileDigest(kb.termEntry(kind, t.id)))),
    references: kb.citations(article.id).map((id) => kb.reference(id)),
    glossary: glossaryMentions(article.body).map((id) => kb.glossary.find((g) => g.id === id)),
    related: kb.relatedArticles(article.id).map(articleCard),
    backlinks: kb.linksTo(article.url).map(articleCard),
    // The help box, the handout's foot and the country script show every country's lines.
    helplines: kb.helplines,
  };
  return sha256(JSON.stringify(shown));
}
