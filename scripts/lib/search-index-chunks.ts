/**
 * The size of each chunk of Pagefind's word index, as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE takes
 * it (Pagefind's default is 20,000). A search fetches the chunks that hold its words: smaller
 * chunks, smaller searches after the first, and more files. Chosen by measurement at 1,000 and 10,000 articles of two
 * kinds of text (scripts/bench/search-chunks.ts; README, "Speed at any size").
 */
export const SEARCH_INDEX_CHUNK_SIZE = 2500;
