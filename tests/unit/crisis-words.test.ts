/**
 * Does a search hear a cry for help? The matcher (src/lib/crisis-words.ts) with the phrases
 * editors keep in content/crisis-words.yaml, read straight from the file: the ways people say it,
 * the slips they make typing it at night, and searches that only look alike.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { hearsCrisis, words } from '../../src/lib/crisis-words.ts';
import { crisisWordsSchema } from '../../src/schemas/crisis-words.ts';

const groups = (load(readFileSync('content/crisis-words.yaml', 'utf8')) as unknown[]).map((g) => crisisWordsSchema.parse(g));
const phrases = groups.flatMap((g) => g.phrases);
const hears = (query: string) => hearsCrisis(query, phrases);

describe('a search about suicide, self-harm or wanting to die', () => {
  it.each([
    // Said plainly, as the issue reports them.
    'kill myself',
    'suicide',
    'want to die',
    'i want to die',
    'end it all',
    'how to end it all',
    'thinking about suicide',
    'suicidal thoughts',
    'why do I feel nothing and want to die',
    'I feel numb and suicidal',
    'self harm',
    'self-harm',
    'Self-Harm help',
    'selfharm',
    'cutting myself',
    'i keep hurting myself',
    'I wish I was dead',
    'everyone would be better off without me',
    "I don't want to live anymore",
    'dont want to be here',
    "can't go on",
    'no reason to live',
    'wanna die',
    'want 2 die',
    'kms',
    'whats the point anymore',
    'what is the point of living',
    'there is no point in living',
    'tired of living like this',
    "I don't want to wake up tomorrow",
    'how to take my own life',
    'overdose on sertraline',
    // Typing slips.
    'sucide',
    'suicde',
    'suiside',
    'suicdie',
    'sucidal',
    'kil myself',
    'kill myslef',
    'killmyself',
    'kill my self',
    'kil my self',
    'wnat to die',
    'self harn',
    'SUICIDE',
    'suïcide',
  ])('hears %j', (query) => {
    expect(hears(query)).toBe(true);
  });
});

describe('a search that only looks like one', () => {
  it.each([
    '',
    '   ',
    'numb',
    'why do I feel nothing',
    'emotional numbness after a loss',
    'how do I decide on therapy',
    'will myself to get out of bed',
    'skill',
    'I want to dye my hair',
    'end of life care',
    'die',
    'selfish',
    'my life feels flat',
    'suitcase',
    'antidepressant side effects',
    "what's the point of therapy",
    'no point in telling my GP',
    'tired all the time',
    'cant wake up in the morning',
  ])('does not hear %j', (query) => {
    expect(hears(query)).toBe(false);
  });
});

describe('the phrases editors keep', () => {
  it('are read as the same words whatever their capitals, apostrophes and hyphens', () => {
    expect(words("Don't  SELF-harm!")).toEqual(['dont', 'self', 'harm']);
  });

  it('each reach the matcher: every phrase, as written, is heard', () => {
    expect(phrases.length).toBeGreaterThan(20);
    for (const phrase of phrases) expect(hears(phrase), phrase).toBe(true);
  });

  it('come only from the content file: with no phrases, nothing is heard', () => {
    expect(hearsCrisis('suicide', [])).toBe(false);
  });
});
