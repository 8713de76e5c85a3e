/**
 * The self-checks at /self-check/: the PHQ-9 (mood) and the PC-PTSD-5 (after a frightening
 * event), in their published words, and how each is scored. Pure and small: the pages render the
 * questions and the scoring rules from it, the reader's browser scores the answers with it, and
 * the unit tests hold it to the published bands. Nothing here stores or sends anything.
 *
 * The wording is reproduced as each instrument's owner allows (see the sources on the pages):
 * - PHQ-9: developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues,
 *   with an educational grant from Pfizer Inc.; "No permission required to reproduce, translate,
 *   display or distribute." Bands from Kroenke, Spitzer and Williams (2001), kroenke-2001.
 * - PC-PTSD-5: developed by the US Department of Veterans Affairs' National Center for PTSD, in
 *   the public domain; wording as published in Prins et al. (2016), prins-2016.
 *
 * The page's script imports only the scoring functions, so the wording stays out of its bundle.
 */

/** How often, over the last two weeks: each answer's points are its place in this list (0 to 3). */
export const phq9Answers = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

export const phq9 = {
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  /** Asked after the nine, and not scored: it tells a GP how much the problems get in the way. */
  difficulty: {
    question: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    answers: ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'],
  },
} as const;

/**
 * The ninth question (thoughts of being better off dead, or of hurting yourself), by its place
 * in `phq9.items`. Any answer above "not at all" shows crisis help at once, before any score.
 */
export const phq9CrisisItem = 8;

/** kroenke-2001: "PHQ-9 scores of 5, 10, 15, and 20 represented mild, moderate, moderately severe, and severe depression." */
export const phq9Bands = [
  { id: 'minimal', from: 0, to: 4 },
  { id: 'mild', from: 5, to: 9 },
  { id: 'moderate', from: 10, to: 14 },
  { id: 'moderately-severe', from: 15, to: 19 },
  { id: 'severe', from: 20, to: 27 },
] as const;
export type Phq9Band = (typeof phq9Bands)[number]['id'];

export interface Phq9Result {
  /** The sum of the answered questions' points, 0 to 27. */
  total: number;
  /** The published band of the total; only once all nine are answered. */
  band?: Phq9Band;
  /** The ninth question was answered above "not at all": crisis help comes first. */
  crisis: boolean;
  /** Question numbers (1 to 9) not yet answered. */
  unanswered: number[];
}

/** An answer's points if it is one (a whole number from `from` to `to`), else undefined. */
const points = (answer: unknown, to: number): number | undefined =>
  typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= to ? answer : undefined;

/** Crisis help first: true as soon as the ninth question has an answer above "not at all". */
export const phq9NeedsCrisisHelp = (answers: readonly (number | undefined)[]): boolean => (points(answers[phq9CrisisItem], 3) ?? 0) > 0;

/** Scores the nine answers (each 0 to 3, or undefined if not answered), as the PHQ-9 is scored: their sum. */
export function scorePhq9(answers: readonly (number | undefined)[]): Phq9Result {
  const given = Array.from({ length: 9 }, (_, i) => points(answers[i], 3));
  const total = given.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  const unanswered = given.flatMap((p, i) => (p === undefined ? [i + 1] : []));
  const band = unanswered.length === 0 ? phq9Bands.find((b) => total >= b.from && total <= b.to)?.id : undefined;
  return { total, band, crisis: phq9NeedsCrisisHelp(answers), unanswered };
}

export const pcPtsd5 = {
  exposure: {
    intro: 'Sometimes things happen to people that are unusually or especially frightening, horrible, or traumatic. For example:',
    examples: [
      'a serious accident or fire',
      'a physical or sexual assault or abuse',
      'an earthquake or flood',
      'a war',
      'seeing someone be killed or seriously injured',
      'having a loved one die through homicide or suicide',
    ],
    question: 'Have you ever experienced this kind of event?',
  },
  stem: 'In the past month, have you…',
  items: [
    'Had nightmares about the event(s) or thought about the event(s) when you did not want to?',
    'Tried hard not to think about the event(s) or went out of your way to avoid situations that reminded you of the event(s)?',
    'Been constantly on guard, watchful, or easily startled?',
    'Felt numb or detached from people, activities, or your surroundings?',
    'Felt guilty or unable to stop blaming yourself or others for the event(s) or any problems the event(s) may have caused?',
  ],
} as const;

/**
 * prins-2016: "a cut score of 3 maximized sensitivity", 4 maximized efficiency and 5 specificity.
 * A self-check that leads to a GP should miss as few as it can, so 3 yes answers or more are read
 * as worth raising with a GP; the page says that 4 was the study's best balance.
 */
export const pcPtsd5Cutoffs = { sensitive: 3, efficient: 4 } as const;

export interface PcPtsd5Result {
  /** The number of yes answers to the five questions: 0 if no such event has happened. */
  total: number;
  /** At or above the sensitive cut score: worth talking to a GP about PTSD. */
  positive: boolean;
  /** Questions not yet answered: 0 is the question about the event, 1 to 5 the five after it. */
  unanswered: number[];
}

/**
 * Scores the screen as published: with no such event the total is 0 and the five are not asked;
 * otherwise each yes counts 1.
 */
export function scorePcPtsd5(exposed: boolean | undefined, answers: readonly (boolean | undefined)[]): PcPtsd5Result {
  if (exposed === undefined) return { total: 0, positive: false, unanswered: [0] };
  if (!exposed) return { total: 0, positive: false, unanswered: [] };
  const given = Array.from({ length: 5 }, (_, i) => answers[i]);
  const total = given.filter((a) => a === true).length;
  const unanswered = given.flatMap((a, i) => (typeof a === 'boolean' ? [] : [i + 1]));
  return { total, positive: unanswered.length === 0 && total >= pcPtsd5Cutoffs.sensitive, unanswered };
}
