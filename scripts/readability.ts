/**
 * Prints the SMOG grade of each public article's prose, then their median, then each printable
 * patient handout's grade. tests/content/readability.test.ts holds each to SMOG <= 10 and the
 * public median to <= 9, using the same functions. Run: npm run readability
 */
import { median, sentences, smog } from '../src/lib/readability.ts';
import { articles, publicArticles } from '../tests/content/content.ts';

const rows = publicArticles()
  .map((a) => ({ id: a.id, smog: smog(a.body), sentences: sentences(a.body).length }))
  .sort((a, b) => b.smog - a.smog || a.id.localeCompare(b.id));
for (const r of rows) console.log(`${r.smog.toFixed(1).padStart(5)}  ${r.id} (${r.sentences} sentences)`);
console.log(`median ${median(rows.map((r) => r.smog)).toFixed(1)} over ${rows.length} public articles (limits: 10 each, median 9)`);
for (const h of articles().filter((a) => a.data.format === 'handout')) console.log(`${smog(h.body).toFixed(1).padStart(5)}  ${h.id} (patient handout)`);
