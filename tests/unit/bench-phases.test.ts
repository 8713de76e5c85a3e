import { describe, expect, it } from 'vitest';
import { buildPhases, keptPages } from '../../scripts/bench/phases.ts';

// Lines as `astro build` (7.3) prints them, colours and all.
const log = [
  '\u001b[2m02:22:17\u001b[22m \u001b[34m[content]\u001b[39m Syncing content',
  '\u001b[2m02:22:18\u001b[22m \u001b[34m[types]\u001b[39m Generated \u001b[2m1.31s\u001b[22m',
  '02:22:18 [build] ✓ Completed in 1.33s.',
  '02:22:23 [vite] \u001b[32m✓ built in 5.53s\u001b[39m',
  '02:22:23 [vite] \u001b[32m✓ built in 27ms\u001b[39m',
  ' generating static routes ',
  '02:22:25   ├─ /404.html (+38ms) ',
  '02:22:29 \u001b[32m✓ Completed in 5.81s.\u001b[39m',
  '02:22:30 [build] ✓ Completed in 11.95s.',
];

describe('buildPhases', () => {
  it("reads sync, bundling and rendering from Astro's log, not the browser bundle or the totals", () => {
    expect(buildPhases(log)).toEqual({ sync: 1.31, bundle: 5.53, render: 5.81 });
  });

  it('reads milliseconds as such', () => {
    expect(buildPhases(['[types] Generated 866ms']).sync).toBeCloseTo(0.866);
  });

  it('reads a phase over a minute, which Astro writes as minutes and seconds (10,000 articles)', () => {
    expect(buildPhases([' generating static routes ', '02:40:12 ✓ Completed in 2m 7s.']).render).toBe(127);
  });

  it('leaves out a phase the log does not report', () => {
    expect(buildPhases(['[vite] ✓ built in 4.46s'])).toEqual({ bundle: 4.46 });
  });
});

describe('keptPages', () => {
  it('lists the pages an incremental build kept, not the ones it drew', () => {
    expect(
      keptPages([
        '16:27:09   \u001b[32m├─\u001b[39m \u001b[2m/for-you/why-numb/index.html\u001b[22m \u001b[32m(cached)\u001b[39m',
        '16:27:09   ├─ /for-you/first-steps/index.html (restored)',
        '16:27:09   ├─ /for-you/first-steps/linked-from/index.html (+7ms) ',
      ]),
    ).toEqual(['for-you/why-numb/index.html', 'for-you/first-steps/index.html']);
  });
});
