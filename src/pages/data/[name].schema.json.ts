/** Each open data file's JSON Schema, beside it: /data/graph.schema.json and so on. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataSetNames, jsonResponse, jsonSchemaOf, type DataSetName } from '../../lib/open-data.ts';

export const getStaticPaths = (() => dataSetNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => jsonResponse(jsonSchemaOf(params.name as DataSetName, site!));
