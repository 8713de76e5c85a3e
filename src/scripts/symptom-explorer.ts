/**
 * The explorer page's behaviour: as the reader ticks, show what the graph links to it. The data
 * is fetched once, from the site itself, when the page starts; what is ticked is never fetched,
 * stored or sent, and nothing goes into the address.
 */
import { rankMatches, readExplorerData, type ExplorerData, type Match } from '../lib/symptom-explorer.ts';

/** How many treatments and guides to show: enough to start with, few enough to read. */
const SHOWN = 6;

function matchList(matches: Match[]): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'matches';
  for (const match of matches) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = match.url;
    link.textContent = match.name;
    const why = document.createElement('span');
    why.className = 'why';
    why.textContent = match.why;
    item.append(link, ' ', why);
    list.append(item);
  }
  return list;
}

/** The explorer's data, or undefined if it cannot be had (offline, a failed build, an older page). */
async function fetchData(source: string): Promise<ExplorerData | undefined> {
  try {
    // Same origin only. Nothing is sent with it: the site sets no cookies.
    const response = await fetch(source, { mode: 'same-origin' });
    return response.ok ? readExplorerData(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

export async function startExplorer(): Promise<void> {
  const ticks = document.querySelector<HTMLElement>('#explorer-ticks');
  const results = document.querySelector<HTMLElement>('#explorer-results');
  const status = document.querySelector<HTMLElement>('#explorer-status');
  const seeResults = document.querySelector<HTMLAnchorElement>('.see-results');
  const source = results?.dataset.source;
  if (!ticks || !results || !status || !source) return;
  // Shown at once ("tick anything…").
  results.hidden = false;
  const data = await fetchData(source);
  if (!data) {
    // The page stays as it is without JavaScript (each tick links to its page; print works), and says why.
    results.hidden = true;
    document.querySelector<HTMLElement>('#explorer-unavailable')?.removeAttribute('hidden');
    return;
  }
  // Each list of results is a [data-group] element named after its part of the matches.
  const groups = [...results.querySelectorAll<HTMLElement>('[data-group]')];

  const update = () => {
    const ticked = [...ticks.querySelectorAll<HTMLInputElement>('input[name="symptom"]:checked')].map((box) => box.value);
    const matches = rankMatches(data, ticked);
    for (const group of groups) {
      const key = group.dataset.group as 'conditions' | 'treatments' | 'articles';
      const all = matches[key];
      const shown = key === 'conditions' ? all : all.slice(0, SHOWN);
      group.hidden = shown.length === 0;
      group.querySelector('ul.matches')?.replaceWith(matchList(shown));
      const more = group.querySelector<HTMLElement>('.more');
      if (more) more.hidden = all.length <= shown.length;
    }
    // Which notes show, "tick anything" or "these are linked", is CSS's, by this class.
    results.classList.toggle('ticked', ticked.length > 0);
    // A ticked risk: the page shows urgent help first, and the status bar leads to it (CSS does both, at once).
    if (seeResults) seeResults.hidden = ticked.length === 0;
    const n = matches.conditions.length;
    // Empty, the status bar is hidden (CSS): nothing to say until something is ticked.
    status.textContent = ticked.length
      ? `${ticked.length} ticked. ${
          matches.urgent
            ? 'What you ticked can mean you need help now. Please talk to someone tonight.'
            : `${n === 0 ? 'Nothing on this site is linked to that yet' : `${n} condition${n === 1 ? ' is' : 's are'} linked to what you ticked`}.`
        }`
      : '';
  };

  ticks.addEventListener('change', update);
  const clear = document.querySelector<HTMLButtonElement>('#explorer-clear');
  if (clear) {
    clear.hidden = false;
    clear.onclick = () => {
      for (const box of ticks.querySelectorAll('input')) box.checked = false;
      update();
    };
  }
  // Ticks the browser brought back, or made while the data loaded: show what they link to.
  update();
}
