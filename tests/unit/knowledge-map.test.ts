import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import { layOutMap, layOutNeighbourhood, wrapLabel, type MapLayout } from '../../src/lib/map-layout.ts';
import { neighbourhood, termKey, termLinks, wholeMap } from '../../src/lib/term-links.ts';

const term = (id: string, name = id) => ({ id, name, filePath: `${id}.mdx`, aliases: [], summary: 's', body: '' });
// Links are written on either side: numb -> depression on the condition, flat -> ptsd on the symptom.
const graph = buildGraph({
  articles: [],
  terms: {
    conditions: [
      { ...term('depression', 'Depression'), symptoms: ['numb', 'tired'], treatments: ['cbt'] },
      { ...term('ptsd', 'Post-traumatic stress (PTSD)'), symptoms: ['numb'], treatments: [] },
      { ...term('lonely-condition', 'A condition with no links'), symptoms: [], treatments: [] },
    ],
    symptoms: [
      { ...term('numb', 'Feeling numb'), conditions: [] },
      { ...term('tired', 'Always feeling tired, even after a long night of sleep'), conditions: [] },
      { ...term('flat', 'Feeling flat'), conditions: ['ptsd'] },
    ],
    treatments: [
      { ...term('cbt', 'Cognitive behavioural therapy (CBT)'), conditions: ['ptsd'], evidence: [] },
      { ...term('unlinked', 'A treatment with no links'), conditions: [], evidence: [] },
    ],
  },
});
const keyed = (links: ReturnType<typeof termLinks>) => links.map((l) => `${termKey(l.source)} ${l.relation} ${termKey(l.target)}`).sort();

describe('termLinks', () => {
  it('lists each link once, whichever side wrote it, from left column to right', () => {
    expect(keyed(termLinks(graph))).toEqual([
      'conditions/depression treated-with treatments/cbt',
      'conditions/ptsd treated-with treatments/cbt',
      'symptoms/flat seen-in conditions/ptsd',
      'symptoms/numb seen-in conditions/depression',
      'symptoms/numb seen-in conditions/ptsd',
      'symptoms/tired seen-in conditions/depression',
    ]);
  });
});

describe('neighbourhood', () => {
  it.each([
    ['conditions', 'ptsd', ['conditions/ptsd', 'symptoms/flat', 'symptoms/numb', 'treatments/cbt'], 3],
    ['symptoms', 'numb', ['symptoms/numb', 'conditions/depression', 'conditions/ptsd'], 2],
    ['treatments', 'unlinked', ['treatments/unlinked'], 0],
  ] as const)('of %s/%s is the term, its linked terms and their links', (kind, id, keys, linkCount) => {
    const map = neighbourhood(graph, graph.term(kind, id)!);
    expect(map.terms.map(termKey)).toEqual(keys);
    expect(map.links).toHaveLength(linkCount);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Feeling numb', 18, ['Feeling numb']],
    ['Feeling cut off from yourself and others', 18, ['Feeling cut off', 'from yourself and', 'others']],
    ['Supercalifragilistic word', 10, ['Supercalifragilistic', 'word']],
  ])('%j at %i characters', (text, max, lines) => expect(wrapLabel(text, max)).toEqual(lines));
});

const box = (layout: MapLayout, key: string) => layout.terms.find((t) => t.key === key)!;

describe.each([
  ['layOutMap, the whole map', () => layOutMap(wholeMap(graph)), 8, 6],
  ['layOutNeighbourhood, a condition', async () => layOutNeighbourhood(neighbourhood(graph, graph.term('conditions', 'depression')!)), 4, 3],
] as const)('%s', (_name, layOut, termCount, linkCount) => {
  it('places every term, linked or not, inside the drawing', async () => {
    const layout = await layOut();
    expect(layout.terms).toHaveLength(termCount);
    for (const t of layout.terms) {
      expect(t.x, t.key).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width, t.key).toBeLessThanOrEqual(layout.width);
      expect(t.y + t.height, t.key).toBeLessThanOrEqual(layout.height);
    }
  });

  it('keeps each kind in its own column, left to right: symptoms, conditions, treatments', async () => {
    const layout = await layOut();
    const columns = layout.columns.map((c) => c.kind);
    expect(columns).toEqual(['symptoms', 'conditions', 'treatments']);
    const xs = columns.map((kind) => [...new Set(layout.terms.filter((t) => t.term.kind === kind).map((t) => t.x))]);
    for (const x of xs) expect(x).toHaveLength(1);
    const right = (kind: string) => Math.max(...layout.terms.filter((t) => t.term.kind === kind).map((t) => t.x + t.width));
    expect(right('symptoms')).toBeLessThan(xs[1]![0]!);
    expect(right('conditions')).toBeLessThan(xs[2]![0]!);
  });

  it('never lets two boxes overlap', async () => {
    const layout = await layOut();
    for (const a of layout.terms) {
      for (const b of layout.terms) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.key} and ${b.key}`).toBe(true);
      }
    }
  });

  it('draws each link from the right edge of its source to the left edge of its target', async () => {
    const layout = await layOut();
    expect(layout.links).toHaveLength(linkCount);
    for (const link of layout.links) {
      const [from, to] = [box(layout, link.source), box(layout, link.target)];
      const [x1, y1, x2, y2] = [...link.path.matchAll(/-?[\d.]+/g)].map(Number).filter((_, i, all) => i < 2 || i >= all.length - 2);
      expect(x1).toBeCloseTo(from.x + from.width, 0);
      expect(y1).toBeCloseTo(from.y + from.height / 2, 0);
      expect(x2).toBeCloseTo(to.x, 0);
      expect(y2).toBeCloseTo(to.y + to.height / 2, 0);
    }
  });

  it('draws the same content the same way every time', async () => {
    expect(await layOut()).toEqual(await layOut());
  });
});

describe('layOutMap', () => {
  it('wraps long names and sizes each box to its lines', async () => {
    const layout = await layOutMap(wholeMap(graph));
    const tired = box(layout, 'symptoms/tired');
    expect(tired.lines.length).toBeGreaterThan(1);
    expect(tired.height).toBeGreaterThan(box(layout, 'symptoms/numb').height);
  });
});

describe('layOutNeighbourhood', () => {
  it('stacks each column in name order, centred on the tallest', () => {
    const layout = layOutNeighbourhood(neighbourhood(graph, graph.term('symptoms', 'numb')!));
    const [numb, depression, ptsd] = ['symptoms/numb', 'conditions/depression', 'conditions/ptsd'].map((k) => box(layout, k));
    expect(depression!.y).toBeLessThan(ptsd!.y);
    const middle = (t: { y: number; height: number }) => t.y + t.height / 2;
    expect(middle(numb!)).toBeCloseTo((depression!.y + ptsd!.y + ptsd!.height) / 2, 0);
  });
});
