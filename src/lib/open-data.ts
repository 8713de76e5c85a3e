/**
 * The open data: the knowledge base as JSON files under /data/, each with a JSON Schema beside
 * it, so others can reuse it. Each file is checked against its schema as it is built, and the
 * schema is generated from the same zod schema (src/schemas/open-data.ts), so the two agree.
 */
import { z } from 'astro/zod';
import type { KnowledgeBase } from './knowledge-base.ts';
import { isoDate } from './labels.ts';
import { termKey, termLinks } from './term-links.ts';
import { articlesData, graphData, helplinesData, instrumentsData, referencesData } from '../schemas/open-data.ts';

interface DataSet {
  title: string;
  schema: z.ZodType;
  /** The data, before it is checked against the schema; `site` makes page paths into addresses. */
  build(kb: KnowledgeBase, site: URL): unknown;
}

export const dataSets = {
  graph: {
    title: 'Knowledge graph',
    schema: graphData,
    build: (kb, site) => ({
      terms: (['conditions', 'symptoms', 'treatments'] as const).flatMap((kind) =>
        kb.terms[kind].map((term) => ({
          kind,
          id: term.id,
          url: new URL(term.url, site).href,
          name: term.name,
          aliases: term.aliases,
          summary: term.summary,
          ...(term.kind === 'treatments' && { evidence: term.evidence }),
        })),
      ),
      links: termLinks(kb).map((link) => ({ source: termKey(link.source), target: termKey(link.target), relation: link.relation })),
    }),
  },
  articles: {
    title: 'Articles',
    schema: articlesData,
    build: (kb, site) =>
      kb.articles.map(({ id, url, title, description, audience, format, conditions, symptoms, treatments, related, published, lastReviewed, nextReview }) => ({
        id,
        url: new URL(url, site).href,
        title,
        description,
        audience,
        format,
        conditions,
        symptoms,
        treatments,
        related,
        published: isoDate(published),
        lastReviewed: isoDate(lastReviewed),
        nextReview: isoDate(nextReview),
        citations: kb.citations(id),
      })),
  },
  references: {
    title: 'References (CSL-JSON)',
    schema: referencesData,
    // Editors' notes are working notes, not part of the reference.
    build: (kb) => kb.references.map(({ apa: _apa, note: _note, ...csl }) => csl),
  },
  helplines: {
    title: 'Helplines',
    schema: helplinesData,
    build: (kb) => kb.helplines.map((h) => ({ ...h, verified: isoDate(h.verified) })),
  },
  instruments: {
    title: 'Assessment tools',
    schema: instrumentsData,
    // The MDX body is the page's prose; editors' notes are working notes.
    build: (kb, site) =>
      kb.instruments.map(({ id, url, body: _body, filePath: _file, bodyStartLine: _line, note: _note, licence, ...fields }) => ({
        id,
        url: new URL(url, site).href,
        ...fields,
        licence: { ...licence, checked: isoDate(licence.checked) },
      })),
  },
} satisfies Record<string, DataSet>;

export type DataSetName = keyof typeof dataSets;
export const dataSetNames = Object.keys(dataSets) as DataSetName[];

export const dataPath = (name: DataSetName) => `/data/${name}.json`;
export const schemaPath = (name: DataSetName) => `/data/${name}.schema.json`;

/** A data set, checked against its schema: a build that would publish bad data fails here. */
export function buildDataSet(name: DataSetName, kb: KnowledgeBase, site: URL): unknown {
  const result = dataSets[name].schema.safeParse(dataSets[name].build(kb, site));
  if (!result.success) {
    throw new Error(`${dataPath(name)} does not match its schema (src/schemas/open-data.ts):\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** The JSON Schema of a data set, generated from its zod schema. */
export function jsonSchemaOf(name: DataSetName, site: URL): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(dataSets[name].schema, { io: 'output' });
  return { $schema, $id: new URL(schemaPath(name), site).href, title: dataSets[name].title, ...schema };
}

/** JSON as the endpoints serve it: indented, for people who open the file to read it. */
export const jsonResponse = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
