/**
 * Where each term of a map is drawn, computed at build time so the page needs no JavaScript.
 * A map is three columns, left to right: symptoms, conditions, treatments.
 *
 * The whole map is laid out by ELK's layered (Sugiyama) algorithm, from the Eclipse Layout
 * Kernel (elkjs), which is made for exactly this: it orders each column to cut down crossing
 * lines and places each term near the terms it links to, and its partitions keep every term
 * in its own kind's column, even one with no links. A force layout would scatter labels over
 * each other; an ordering of our own would be a weaker copy of ELK's. ELK is deterministic, so
 * the same content draws the same map.
 *
 * A term's neighbourhood is a star (the term, and the terms linked to it), where no lines can
 * cross: its columns are simply stacked in name order and centred, which costs nothing at
 * build time, where ELK would cost tens of milliseconds a page.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Term } from './graph.ts';
import { mapColumns, termKey, type Relation, type TermMap } from './term-links.ts';
import type { TermKind } from './urls.ts';

/** Sizes in SVG user units (CSS pixels when drawn at full size). */
export const mapText = { size: 14, lineHeight: 18, charsPerLine: 18 } as const;
// A generous average width of a character of the system sans-serif at that size, so labels fit.
const charWidth = 7.6;
const padding = { x: 10, y: 7 };
const headingHeight = 30;

export interface PlacedTerm {
  term: Term;
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name, wrapped onto lines that fit the box. */
  lines: string[];
}

export interface DrawnLink {
  source: string;
  target: string;
  relation: Relation;
  /** An SVG path from the right edge of the source to the left edge of the target. */
  path: string;
}

export interface MapLayout {
  width: number;
  height: number;
  /** Each kind's column that has terms, left to right, with its centre for its heading. */
  columns: { kind: TermKind; centre: number }[];
  terms: PlacedTerm[];
  links: DrawnLink[];
}

/** Breaks a name into lines of at most `max` characters, at spaces (a longer word keeps a line of its own). */
export function wrapLabel(text: string, max: number = mapText.charsPerLine): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const elk = new ELK();
const round = (n: number) => Math.round(n * 10) / 10;
const columnGap = 48;
const rowGap = 10;

/** Each term's label and box size: every box in a column is as wide as its widest label. */
function measure(map: TermMap) {
  const labels = new Map(map.terms.map((term) => [termKey(term), wrapLabel(term.name)]));
  const columnWidth = new Map(
    mapColumns.map((kind) => {
      const longest = Math.max(0, ...map.terms.filter((t) => t.kind === kind).flatMap((t) => labels.get(termKey(t))!.map((l) => l.length)));
      return [kind, Math.ceil(longest * charWidth + 2 * padding.x)];
    }),
  );
  return (term: Term) => {
    const lines = labels.get(termKey(term))!;
    return { lines, width: columnWidth.get(term.kind)!, height: lines.length * mapText.lineHeight + 2 * padding.y };
  };
}

type Positions = Map<string, { x: number; y: number }>;

/** The whole map, by ELK: columns ordered to cross as few lines as it can find. */
async function layeredPositions(map: TermMap, size: ReturnType<typeof measure>): Promise<Positions> {
  const laidOut = await elk.layout({
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      // Columns by kind, and unlinked terms kept in their column rather than packed aside.
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      // Lines are drawn as curves here; straight routing keeps ELK from widening the gaps
      // between columns to make room for right-angled routes.
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.spacing.nodeNode': String(rowGap),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(columnGap),
      'elk.padding': '[top=0,left=2,bottom=2,right=2]',
    },
    children: map.terms.map((term) => {
      const { width, height } = size(term);
      return { id: termKey(term), width, height, layoutOptions: { 'elk.partitioning.partition': String(mapColumns.indexOf(term.kind)) } };
    }),
    edges: map.links.map((link, i) => ({ id: `link-${i}`, sources: [termKey(link.source)], targets: [termKey(link.target)] })),
  });
  return new Map((laidOut.children ?? []).map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
}

/** A neighbourhood: each column stacked in name order and centred on the tallest. */
function stackedPositions(map: TermMap, size: ReturnType<typeof measure>): Positions {
  const columns = mapColumns
    .map((kind) => map.terms.filter((t) => t.kind === kind).sort((a, b) => a.name.localeCompare(b.name)))
    .filter((column) => column.length > 0);
  const heightOf = (column: Term[]) => column.reduce((sum, t) => sum + size(t).height, 0) + rowGap * (column.length - 1);
  const tallest = Math.max(...columns.map(heightOf));
  const positions: Positions = new Map();
  let x = 2;
  for (const column of columns) {
    let y = (tallest - heightOf(column)) / 2;
    for (const term of column) {
      positions.set(termKey(term), { x, y });
      y += size(term).height + rowGap;
    }
    x += size(column[0]!).width + columnGap;
  }
  return positions;
}

/** Boxes where the positions put them, under a row of column headings, and a curve for each link. */
function draw(map: TermMap, size: ReturnType<typeof measure>, positions: Positions): MapLayout {
  const terms = map.terms.map((term) => {
    const key = termKey(term);
    const { x, y } = positions.get(key)!;
    return { term, key, x: round(x), y: round(y + headingHeight), ...size(term) };
  });
  const placed = new Map(terms.map((t) => [t.key, t]));
  const links = map.links.map((link) => {
    const from = placed.get(termKey(link.source))!;
    const to = placed.get(termKey(link.target))!;
    const [x1, y1, x2, y2] = [from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2].map(round) as [number, number, number, number];
    const mid = round((x1 + x2) / 2);
    return { source: from.key, target: to.key, relation: link.relation, path: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}` };
  });
  const columns = mapColumns.flatMap((kind) => {
    const first = terms.find((t) => t.term.kind === kind);
    return first ? [{ kind, centre: round(first.x + first.width / 2) }] : [];
  });
  return {
    width: Math.ceil(Math.max(0, ...terms.map((t) => t.x + t.width)) + 2),
    height: Math.ceil(Math.max(headingHeight, ...terms.map((t) => t.y + t.height)) + 2),
    columns,
    terms,
    links,
  };
}

/** The whole map (or any map whose lines could cross), laid out by ELK. */
export async function layOutMap(map: TermMap): Promise<MapLayout> {
  const size = measure(map);
  return draw(map, size, await layeredPositions(map, size));
}

/** A term's neighbourhood (see `neighbourhood()` in term-links.ts), stacked without ELK. */
export function layOutNeighbourhood(map: TermMap): MapLayout {
  const size = measure(map);
  return draw(map, size, stackedPositions(map, size));
}
