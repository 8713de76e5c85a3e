/** The open data files: /data/graph.json, /data/articles.json, /data/references.json, /data/helplines.json, /data/instruments.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase } from '../../lib/knowledge-base.ts';
import { buildDataSet, dataSetNames, jsonResponse, type DataSetName } from '../../lib/open-data.ts';

export const getStaticPaths = (() => dataSetNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(buildDataSet(params.name as DataSetName, await getKnowledgeBase(), site!));
