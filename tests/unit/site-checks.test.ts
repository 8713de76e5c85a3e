import { describe, expect, it } from 'vitest';
import { schemaVocabulary } from '../../scripts/lib/schema-vocabulary.ts';
import { checkDocumentEnd, checkHead, checkLinks, checkStructuredData, checkStylesheet, readPage, type BuiltSite } from '../../scripts/lib/site-checks.ts';

const origin = 'https://example.org';

/** A page with a complete head, and whatever body and extra head a test gives it. */
function page(path: string, body: string, head = '') {
  return `<!doctype html><html lang="en"><head><title>T</title><meta name="description" content="D">
    <link rel="canonical" href="${origin}${path}"><meta property="og:type" content="website"><meta property="og:title" content="T">
    <meta property="og:description" content="D"><meta property="og:url" content="${origin}${path}"><meta property="og:site_name" content="S">${head}</head>
    <body>${body}</body></html>`;
}

/** A site from pages by path, plus other files. */
function site(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);
  return {
    origin,
    pages: new Map(Object.entries(pages).map(([path, html]) => [path, readPage(html)])),
    files: new Set([...Object.keys(pages).map(fileOf), ...otherFiles]),
  };
}

describe('checkLinks', () => {
  const target = page('/guide/', '<h2 id="why">Why</h2><a name="old-anchor"></a>');

  it('passes links to pages, files and elements that exist, and leaves other sites and phone numbers alone', () => {
    const from = page('/', `
      <a href="/guide/">a</a> <a href="guide/#why">b</a> <a href="/guide/#old-anchor">c</a> <a href="#top">d</a> <span id="top"></span>
      <a href="${origin}/guide/">e</a> <a href="/rss.xml">f</a> <a href="https://other.example/nothing/">g</a>
      <a href="tel:999">h</a> <a href="sms:85258?&amp;body=SHOUT">i</a> <a href="mailto:x@example.org">j</a>
      <img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt=""> <link rel="stylesheet" href="/_astro/x.css">`);
    expect(checkLinks(site({ '/': from, '/guide/': target }, ['/rss.xml', '/a.png', '/b.png', '/_astro/x.css']))).toEqual([]);
  });

  it.each([
    ['<a href="/missing/">x</a>', '<a href> /missing/: no such page'],
    ['<a href="/guide">x</a>', '<a href> /guide: no such file: the page is /guide/ (the site\'s addresses end in "/")'],
    ['<a href="/guide/#how">x</a>', '<a href> /guide/#how: no element has id "how" on /guide/'],
    ['<a href="#nowhere">x</a>', '<a href> #nowhere: no element has id "nowhere" on /'],
    ['<img src="/missing.png" alt="">', '<img src> /missing.png: no such page or file'],
    ['<img src="/a.png" srcset="/a.png 1x, /gone.png 2x" alt="">', '<img srcset> /gone.png: no such page or file'],
    ['<script src="https://cdn.example.com/x.js"></script>', '<script src> https://cdn.example.com/x.js: fetched from another origin: the site must load nothing from anywhere else'],
    ['', '<link rel="stylesheet"> https://fonts.example.com/css: fetched from another origin: the site must load nothing from anywhere else', '<link rel="stylesheet" href="https://fonts.example.com/css">'],
    ['<form action="https://forms.example.com/"></form>', '<form action> https://forms.example.com/: fetched from another origin: the site must load nothing from anywhere else'],
    ['<a href="javascript:alert(1)">x</a>', '<a href> javascript:alert(1): a javascript: address runs code, which the Content Security Policy forbids'],
  ])('finds %s', (body, message, head = '') => {
    expect(checkLinks(site({ '/': page('/', body, head), '/guide/': target }, ['/a.png']))).toEqual([{ where: '/', message }]);
  });
});

describe('checkHead', () => {
  it('passes a complete head, and a noindex page without a canonical address', () => {
    const notFound = '<!doctype html><html><head><title>Not found</title><meta name="description" content="D"><meta name="robots" content="noindex"><meta property="og:type" content="website"><meta property="og:title" content="T"><meta property="og:description" content="D"><meta property="og:site_name" content="S"></head></html>';
    expect(checkHead(site({ '/': page('/', ''), '/404.html': notFound }))).toEqual([]);
  });

  it('names what is missing or wrong', () => {
    const bare = '<!doctype html><html><head><title> </title><link rel="canonical" href="https://example.org/elsewhere/"></head></html>';
    expect(checkHead(site({ '/a/': bare })).map((p) => p.message)).toEqual([
      'no <title>',
      'no <meta> description',
      'no <meta> og:title',
      'no <meta> og:description',
      'no <meta> og:type',
      'no <meta> og:site_name',
      'canonical address is https://example.org/elsewhere/, expected https://example.org/a/',
      'og:url is missing, expected https://example.org/a/',
    ]);
  });
});

describe('checkStructuredData', () => {
  const vocabulary = schemaVocabulary();
  const withJsonLd = (path: string, data: unknown, ogType = 'website') =>
    page(path, '', `<script type="application/ld+json">${JSON.stringify(data)}</script>`).replace('content="website"', `content="${ogType}"`);
  const medicalPage = (about: unknown) => ({ '@context': 'https://schema.org', '@type': 'MedicalWebPage', audience: { '@type': 'MedicalAudience', audienceType: 'Patient' }, lastReviewed: '2026-01-01', about });

  it('passes schema.org JSON-LD on articles and term pages', () => {
    expect(checkStructuredData(site({
      '/for-you/a/': withJsonLd('/for-you/a/', medicalPage([{ '@type': 'MedicalCondition', name: 'PTSD', signOrSymptom: [{ '@type': 'MedicalSignOrSymptom', name: 'Numb' }] }]), 'article'),
      '/treatments/cbt/': withJsonLd('/treatments/cbt/', medicalPage({ '@type': 'MedicalTherapy', name: 'CBT' })),
      '/about/': page('/about/', ''),
    }), vocabulary)).toEqual([]);
  });

  it.each([
    ['a property schema.org does not have', '/about/', { '@context': 'https://schema.org', '@type': 'WebPage', reviewDate: '2026' }, 'JSON-LD: "reviewDate" is not a schema.org property'],
    ['a misspelt nested property', '/about/', { '@context': 'https://schema.org', '@type': 'WebPage', about: { '@type': 'MedicalCondition', signOrSymtom: [] } }, 'JSON-LD.about: "signOrSymtom" is not a schema.org property'],
    ['a type schema.org does not have', '/about/', { '@context': 'https://schema.org', '@type': 'MedicalArticlePage' }, 'JSON-LD: "MedicalArticlePage" is not a schema.org type'],
    ['another context', '/about/', { '@context': 'http://example.org/vocab', '@type': 'WebPage' }, 'JSON-LD @context is "http://example.org/vocab", expected "https://schema.org"'],
    ['a term page about the wrong kind of thing', '/symptoms/numb/', medicalPage({ '@type': 'MedicalTherapy', name: 'x' }), 'MedicalWebPage is about MedicalTherapy, expected a MedicalSignOrSymptom'],
    ['a term page without it', '/conditions/ptsd/', { '@context': 'https://schema.org', '@type': 'WebPage' }, 'no MedicalWebPage JSON-LD'],
  ])('finds %s', (_, path, data, message) => {
    expect(checkStructuredData(site({ [path]: withJsonLd(path, data) }), vocabulary)).toEqual([{ where: path, message }]);
  });

  it('finds an article without its review date or audience, and JSON-LD that does not parse', () => {
    const { lastReviewed: _, audience: __, ...rest } = medicalPage([]);
    const broken = page('/for-you/b/', '', '<script type="application/ld+json">{"@context": </script>').replace('content="website"', 'content="article"');
    expect(checkStructuredData(site({ '/for-you/a/': withJsonLd('/for-you/a/', rest, 'article'), '/for-you/b/': broken }), vocabulary).map((p) => `${p.where} ${p.message.replace(/:.*/, '')}`)).toEqual([
      '/for-you/a/ MedicalWebPage has no audience',
      '/for-you/a/ MedicalWebPage has no lastReviewed date',
      '/for-you/b/ JSON-LD does not parse',
      '/for-you/b/ no MedicalWebPage JSON-LD',
    ]);
  });
});

describe('checkStylesheet', () => {
  it('finds fonts and imports from other origins, and passes the site\'s own', () => {
    const css = `@import "https://cdn.example.com/x.css"; @font-face { src: url(//fonts.example.com/a.woff2) } .a { background: url("/img/a.png") } .b { background: url(data:image/png;base64,AA) }`;
    expect(checkStylesheet('/_astro/a.css', css).map((p) => p.message)).toEqual([
      'fetches https://cdn.example.com/x.css from another origin: the site must load nothing from anywhere else',
      'fetches //fonts.example.com/a.woff2 from another origin: the site must load nothing from anywhere else',
    ]);
  });
});

describe('checkDocumentEnd', () => {
  it('passes a page that ends with </html>, with or without a final newline', () => {
    expect(checkDocumentEnd('/a/', page('/a/', 'x'))).toEqual([]);
    expect(checkDocumentEnd('/a/', `${page('/a/', 'x')}\n`)).toEqual([]);
  });

  it.each([
    ['a script after </html>', `${page('/a/', 'x')}<script type="module">go()</script>`, 'content after </html>: "<script type=\"module\">go()</script>"'],
    ['text after </html>', `${page('/a/', 'x')} stray`, 'content after </html>: "stray"'],
    ['no </html> at all', '<!doctype html><html><body>cut', 'no </html>: the page is cut short'],
  ])('refuses %s', (_, html, message) => {
    expect(checkDocumentEnd('/a/', html).map((p) => p.message.split('. Put it')[0])).toEqual([message]);
  });
});
