/**
 * What the symptom explorer assumes of a term that does not say, in a module of its own with
 * no imports: the explorer's browser script reads these too, and must not bundle zod.
 */

/** How often a GP meets a condition: the symptom explorer lists common ones first (src/lib/symptom-explorer.ts). */
export const commonnessLevels = ['common', 'less-common', 'rare'] as const;
export type Commonness = (typeof commonnessLevels)[number];

/**
 * A condition that does not say is less common and listed on one tick. Optional fields rather
 * than schema defaults, so code and tests that build terms by hand need not spell them out.
 */
export const explorerDefaults = { commonness: 'less-common', minMatches: 1 } as const satisfies { commonness: Commonness; minMatches: number };
