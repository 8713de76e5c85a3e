/**
 * What the bundler may leave out of an editor's build log. Only one message: Vite warns that
 * the "use astro:head-inject" directive, which @astrojs/mdx writes at the top of every MDX
 * module, "may not be preserved when bundling". Astro reads that directive itself before
 * bundling, so nothing is lost (withastro/astro#18087), but the warning came once per MDX file:
 * about 1,000 lines at 1,000 articles, burying anything an editor needs to read. Every other
 * warning, including other module-level directives, is kept.
 */
interface BundlerLog {
  code?: string;
  message: string;
}

export function isMdxHeadInjectNotice(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"') && /\.mdx\b/.test(log.message);
}

/** Rolldown's onLog option: passes every log to its handler except that notice. */
export function quietBuildLog<Level extends string, Log extends BundlerLog>(level: Level, log: Log, handler: (level: Level, log: Log) => void): void {
  if (isMdxHeadInjectNotice(log)) return;
  handler(level, log);
}
