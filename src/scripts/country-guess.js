// The reader's country, chosen before the page is drawn from what the browser already knows.
// First its time zone, looked up in the browser's own table of zones by country (CLDR, through
// Intl.Locale's time zones); where the browser has no such table (Firefox) or the zone names no
// place (UTC), the regions of its languages ("en-GB"). A zone elsewhere in the world: no guess.
// An address ending in a country's code (/get-help/#ie) comes before any guess.
// Nothing is fetched or stored.
// It sets <html data-country="uk"> ("" when there is no guess), and CSS shows that country's
// helplines alone; choosing in a "Not your country?" switch sets it again.
// src/lib/country-script.ts puts it in every page's <head>, called with the codes of the
// countries the site has helplines for; tests/unit/country-guess.test.ts runs it.
// It is first-load JavaScript on every page, so it is written small:
//   L  the codes of the countries listed, like ["us","uk"]
//   R  a code as a region and back again: the UK's region is GB
//   K  the code if it is listed, else ""
//   z  the time zone; t each country's zones; n whether the browser could list zones at all
(L) => {
  const R = (c) => ({ uk: 'gb', gb: 'uk' })[c] || c;
  const K = (c) => (L.includes(c) ? c : '');
  let z, n;
  let g = K(location.hash.slice(1));
  try {
    z = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {}
  for (const c of L) {
    const p = new Intl.Locale('und-' + R(c));
    const t = p.getTimeZones?.() || p.timeZones;
    n ||= t;
    if (t?.includes(z)) g ||= c;
  }
  if (!n || /^(UTC|GMT|Etc\/|$)/.test(z || '')) for (const l of navigator.languages) g ||= K(R(new Intl.Locale(l).region?.toLowerCase()));
  const d = document.documentElement.dataset;
  d.country = g;
  addEventListener('change', (e) => e.target.matches('[data-country-switch]') && (d.country = e.target.value));
}
