import { describe, expect, it } from 'vitest';
import { headersFile, nginxSnippet } from '../../scripts/lib/security-headers.ts';

describe('security headers for hosts', () => {
  const file = headersFile();

  it('public/_headers and the nginx snippet in docs/deploy.md send the same headers', () => {
    expect(file.size).toBeGreaterThan(0);
    expect(nginxSnippet()).toEqual(file);
  });

  it('forbid framing, referrers, sniffing, device features and plain HTTP', () => {
    expect(file.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(file.get('x-frame-options')).toBe('DENY');
    expect(file.get('referrer-policy')).toBe('no-referrer');
    expect(file.get('x-content-type-options')).toBe('nosniff');
    expect(file.get('strict-transport-security')).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(file.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(31_536_000);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(file.get('permissions-policy'), feature).toContain(`${feature}=()`);
    }
  });

  it('never name scripts or styles in the header policy, which would block the hashed ones in each page', () => {
    const directives = file.get('content-security-policy')!.split(';').map((d) => d.trim().split(/\s+/)[0]);
    for (const directive of directives) expect(directive).not.toMatch(/^(default|script|style)-src/);
  });

  it("let the web editor's GitHub sign-in window answer it: /admin/ allows the popups it opens", () => {
    // Under same-origin, the sign-in window that Decap opens loses window.opener and cannot hand back the token.
    expect(headersFile(undefined, '/admin/*')).toEqual(new Map([['cross-origin-opener-policy', 'same-origin-allow-popups']]));
    expect(file.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('read only the headers for every page, and every add_header line of the snippet', () => {
    expect(headersFile('# comment\n/*\n  A: 1\n  B: x: y\n/search/*\n  C: 2\n')).toEqual(new Map([['a', '1'], ['b', 'x: y']]));
    expect(headersFile('/*\n  A: 1\n/search/*\n  C: 2\n', '/search/*')).toEqual(new Map([['c', '2']]));
    expect(nginxSnippet('```nginx\nadd_header A "1" always;\nadd_header B "x y" always;\n```')).toEqual(new Map([['a', '1'], ['b', 'x y']]));
  });
});
