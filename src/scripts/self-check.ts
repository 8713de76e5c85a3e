/**
 * A self-check page's behaviour: scores the answers in the browser with src/lib/self-check.ts
 * when the reader asks, and shows the result with crisis help first where the answers call for
 * it. Nothing is fetched, stored or sent; the form has nowhere to go (method="dialog").
 * Crisis help under the mood check's ninth question needs no script: CSS shows it as soon as an
 * answer above "not at all" is ticked. This only says so to a screen reader.
 */
import { phq9CrisisItem, scorePcPtsd5, scorePhq9 } from '../lib/self-check.ts';

const words = (numbers: number[]) => (numbers.length === 1 ? `${numbers[0]}` : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`);

export function startSelfCheck(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-check]');
  const result = document.querySelector<HTMLElement>('#result');
  const problem = document.querySelector<HTMLElement>('#check-problem');
  const status = document.querySelector<HTMLElement>('#check-status');
  if (!form || !result || !problem || !status) return;
  document.querySelector<HTMLElement>('#check-no-script')?.setAttribute('hidden', '');
  for (const element of document.querySelectorAll<HTMLElement>('[data-needs-script]')) element.hidden = false;

  const answer = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const number = (name: string) => {
    const value = answer(name);
    return value === undefined ? undefined : Number(value);
  };
  const yesNo = (name: string) => ({ yes: true, no: false })[answer(name) ?? ''];

  /** The result in the terms the page uses: its total, which of the rules applies, crisis help, and what is left to answer. */
  const score = () => {
    if (form.dataset.check === 'phq-9') {
      const r = scorePhq9(Array.from({ length: 9 }, (_, i) => number(`q${i + 1}`)));
      return { ...r, outcome: r.band };
    }
    const exposed = yesNo('event');
    const r = scorePcPtsd5(exposed, Array.from({ length: 5 }, (_, i) => yesNo(`q${i + 1}`)));
    return { ...r, crisis: false, outcome: exposed === false ? 'no-event' : r.positive ? 'positive' : 'below' };
  };

  const crisisName = `q${phq9CrisisItem + 1}`;
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === crisisName && form.dataset.check === 'phq-9') {
      status.textContent = score().crisis ? 'Please look at the help just below this question. You can call or text someone tonight.' : '';
    }
  });

  // Leaving clears the answers, so the back button or a restored tab does not show them to the next person.
  addEventListener('pagehide', () => {
    form.reset();
    result.hidden = true;
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const r = score();
    problem.textContent = '';
    if (r.unanswered.length > 0) {
      const which = r.unanswered.map((n) => (n === 0 ? 'the question about the event' : `question ${n}`));
      problem.textContent = `Please answer ${which.length === 1 ? which[0] : `questions ${words(r.unanswered)}`} first.`;
      const name = r.unanswered[0] === 0 ? 'event' : `q${r.unanswered[0]}`;
      form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.focus();
      return;
    }
    result.querySelector<HTMLElement>('[data-crisis]')?.toggleAttribute('hidden', !r.crisis);
    const total = result.querySelector<HTMLElement>('[data-total]');
    if (total) total.textContent = String(r.total);
    // The rules are written once, in the page's "Adding it up yourself" list: the result shows the reader's own.
    const rule = document.querySelector(`.scoring [data-outcome="${r.outcome}"]`);
    result.querySelector('[data-outcome-here]')?.replaceChildren(...[...(rule?.childNodes ?? [])].map((n) => n.cloneNode(true)));
    result.hidden = false;
    result.focus();
  });
}
