/**
 * When an article is due for review. The article page shows readers an overdue notice;
 * `npm run check:content` warns editors and `npm run report:reviews` lists the whole queue.
 */
const DAY = 24 * 60 * 60 * 1000;

/** Midnight UTC of a date: frontmatter dates are calendar days, read by YAML as UTC midnight. */
const day = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** Whole days from `today` until `nextReview`: negative once it is overdue. */
export const daysUntilReview = (nextReview: Date, today: Date = new Date()): number => Math.round((day(nextReview) - day(today)) / DAY);

export const isReviewOverdue = (nextReview: Date, today: Date = new Date()): boolean => daysUntilReview(nextReview, today) < 0;

/** A year after a date, for a newly written or reviewed article's next review. */
export function aYearAfter(date: Date): Date {
  const next = new Date(day(date));
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}
