/**
 * Formats references in APA in a worker thread of its own (src/lib/reference-loader.ts starts
 * it): citation-js keeps its citeproc engine, with the parsed APA style, for the life of its
 * thread, memory the build would otherwise carry through bundling and rendering.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReferenceData } from '../schemas/reference.ts';
import { formatApa } from './citations.ts';

parentPort!.postMessage(formatApa(workerData as ReferenceData[]));
