/**
 * Prints the SMOG grade of each public article's prose (and of each patient handout), then
 * the median of the public articles. The content test holds them to SMOG <= 10 each and a
 * median <= 9. Run: node scripts/readability.ts
 */
import rs from 'text-readability';
import { articles, prose, publicArticles } from '../tests/content/content.ts';

export const smog = (body: string): number => rs.smogIndex(prose(body));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = publicArticles().map((a) => ({ id: a.id, smog: smog(a.body), sentences: rs.sentenceCount(prose(a.body)) }));
  for (const r of rows.sort((a, b) => b.smog - a.smog)) console.log(`${r.smog.toFixed(1).padStart(5)}  ${r.id} (${r.sentences} sentences)`);
  console.log(`median ${median(rows.map((r) => r.smog)).toFixed(1)} over ${rows.length} public articles`);
  const handouts = articles().filter((a) => a.data.format === 'handout');
  for (const h of handouts) console.log(`${smog(h.body).toFixed(1).padStart(5)}  ${h.id} (handout)`);
}
