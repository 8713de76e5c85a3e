import { describe, expect, it } from 'vitest';
import { pcPtsd5, pcPtsd5Cutoffs, phq9, phq9Answers, phq9Bands, phq9NeedsCrisisHelp, scorePcPtsd5, scorePhq9 } from '../../src/lib/self-check.ts';

const nine = (...answers: number[]) => answers;

describe('scorePhq9: known answers to the published band (kroenke-2001: 5, 10, 15 and 20)', () => {
  it.each([
    [nine(0, 0, 0, 0, 0, 0, 0, 0, 0), 0, 'minimal'],
    [nine(1, 1, 1, 1, 0, 0, 0, 0, 0), 4, 'minimal'],
    [nine(1, 1, 1, 1, 1, 0, 0, 0, 0), 5, 'mild'],
    [nine(2, 2, 2, 1, 2, 0, 0, 0, 0), 9, 'mild'],
    [nine(2, 2, 2, 2, 2, 0, 0, 0, 0), 10, 'moderate'],
    [nine(3, 3, 2, 2, 2, 1, 1, 0, 0), 14, 'moderate'],
    [nine(3, 3, 3, 3, 3, 0, 0, 0, 0), 15, 'moderately-severe'],
    [nine(3, 3, 3, 3, 3, 2, 2, 0, 0), 19, 'moderately-severe'],
    [nine(3, 3, 3, 3, 3, 3, 2, 0, 0), 20, 'severe'],
    [nine(3, 3, 3, 3, 3, 3, 3, 3, 3), 27, 'severe'],
  ])('%j scores %i: %s', (answers, total, band) => {
    expect(scorePhq9(answers)).toEqual({ total, band, crisis: answers[8]! > 0, unanswered: [] });
  });

  it('has no band until all nine are answered, and names the ones left', () => {
    expect(scorePhq9([3, 3, 3, undefined, 3, 3, undefined, 0, 0])).toEqual({ total: 15, band: undefined, crisis: false, unanswered: [4, 7] });
    expect(scorePhq9([]).unanswered).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('counts only answers the form can give (whole numbers 0 to 3)', () => {
    expect(scorePhq9([4, -1, 1.5, Number.NaN, 0, 0, 0, 0, 0])).toMatchObject({ total: 0, unanswered: [1, 2, 3, 4] });
  });

  it('covers every total from 0 to 27 with exactly one band', () => {
    for (let total = 0; total <= 27; total++) {
      expect(phq9Bands.filter((b) => total >= b.from && total <= b.to), String(total)).toHaveLength(1);
    }
  });
});

describe('the ninth question puts crisis help first', () => {
  it.each([
    [[undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 1], true],
    [[0, 0, 0, 0, 0, 0, 0, 0, 1], true],
    [[0, 0, 0, 0, 0, 0, 0, 0, 2], true],
    [[0, 0, 0, 0, 0, 0, 0, 0, 3], true],
    [[3, 3, 3, 3, 3, 3, 3, 3, 0], false],
    [[3, 3, 3, 3, 3, 3, 3, 3, undefined], false],
  ])('%j: crisis help %s, whatever the score and however many are answered', (answers, crisis) => {
    expect(phq9NeedsCrisisHelp(answers)).toBe(crisis);
    expect(scorePhq9(answers).crisis).toBe(crisis);
  });
});

describe('scorePcPtsd5 (prins-2016)', () => {
  const yes = true;
  const no = false;
  it.each([
    ['no such event: the screen stops at 0', no, [], { total: 0, positive: false, unanswered: [] }],
    ['no such event, whatever else was ticked', no, [yes, yes, yes, yes, yes], { total: 0, positive: false, unanswered: [] }],
    ['two yes answers', yes, [yes, yes, no, no, no], { total: 2, positive: false, unanswered: [] }],
    ['three yes answers: the sensitive cut score', yes, [yes, no, yes, yes, no], { total: 3, positive: true, unanswered: [] }],
    ['five yes answers', yes, [yes, yes, yes, yes, yes], { total: 5, positive: true, unanswered: [] }],
    ['the event question unanswered', undefined, [yes, yes, yes], { total: 0, positive: false, unanswered: [0] }],
    ['questions left after an event', yes, [yes, yes, yes, undefined], { total: 3, positive: false, unanswered: [4, 5] }],
  ] as const)('%s', (_, exposed, answers, expected) => {
    expect(scorePcPtsd5(exposed, answers)).toEqual(expected);
  });

  it('reads 3 as positive, and knows 4 as the study\'s best balance', () => {
    expect(pcPtsd5Cutoffs).toEqual({ sensitive: 3, efficient: 4 });
  });
});

describe('the published wording', () => {
  it('has nine PHQ-9 questions with four answers, and the question that is not scored', () => {
    expect(phq9.items).toHaveLength(9);
    expect(phq9Answers).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(phq9.items[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(phq9.difficulty.answers).toHaveLength(4);
  });

  it('has the PC-PTSD-5 question about the event, with its examples, then five questions', () => {
    expect(pcPtsd5.exposure.question).toBe('Have you ever experienced this kind of event?');
    expect(pcPtsd5.exposure.examples).toHaveLength(6);
    expect(pcPtsd5.items).toHaveLength(5);
    expect(pcPtsd5.items[3]).toBe('Felt numb or detached from people, activities, or your surroundings?');
  });
});
