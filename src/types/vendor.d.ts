// Packages that ship no types of their own: only the parts this project uses.

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(style: 'bibliography', options: Record<string, unknown>): string | [string, string][];
  }
}

declare module '@citation-js/plugin-csl';

declare module 'text-readability' {
  const readability: {
    smogIndex(text: string): number;
    fleschReadingEase(text: string): number;
    fleschKincaidGrade(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
  };
  export default readability;
}
