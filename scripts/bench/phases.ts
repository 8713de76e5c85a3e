/**
 * Where a build's wall time goes, read from Astro's own log: syncing content, bundling (Vite
 * compiles every page and MDX module), rendering every page; the search index is the build's
 * second command. The benchmark prints them for the one-article rebuild, to show which phases
 * a change to one article still pays for in full.
 */

export interface BuildPhases {
  sync?: number;
  bundle?: number;
  render?: number;
}

// Astro colours its log for terminals; the numbers are read from the plain text.
const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');
/** "866ms", "5.81s", or over a minute "1m 35s" (Astro's getTimeStat), in seconds. */
const seconds = (stat: string) => {
  const [, minutes = '0', amount = '0', unit] = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(stat) ?? [];
  return Number(minutes) * 60 + Number(amount) / (unit === 'ms' ? 1000 : 1);
};

/** Wall seconds of each phase Astro reports, from its output lines. */
export function buildPhases(log: string[]): BuildPhases {
  const phases: BuildPhases = {};
  let rendering = false;
  for (const line of log.map(plain)) {
    const took = /(?:Generated|built in|Completed in) ((?:\d+m )?[\d.]+(?:ms|s))\b/.exec(line);
    if (line.includes('generating static routes')) rendering = true;
    if (!took) continue;
    const time = seconds(took[1]!);
    if (line.includes('[types] Generated')) phases.sync ??= time;
    // The first Vite build is the server bundle, with every page and MDX module; the next is the browser's.
    else if (line.includes('[vite]') && line.includes('built in')) phases.bundle ??= time;
    else if (rendering && line.includes('Completed in') && !line.includes('[build]')) {
      phases.render ??= time;
      rendering = false;
    }
  }
  return phases;
}

/** The pages an incremental build kept from the last one: Astro logs "├─ /for-you/x/index.html (cached)", or "(restored)". */
export function keptPages(log: string[]): string[] {
  return log.map(plain).flatMap((line) => /├─ \/?(\S+)\s+\((?:cached|restored)\)/.exec(line)?.[1] ?? []);
}
