/**
 * `npm run report:changes -- --base <git ref>`: what a change does to the built site and the
 * knowledge base, compared with the base, as Markdown for the reviewer of a pull request.
 *
 *   --base REF     the version to compare with (a branch, tag or commit), required
 *   --dist DIR     a build of the change that already exists (CI passes the one it tested)
 *   --repo DIR     the git repository holding the content (default: this project)
 *   --out FILE     also write the report to FILE (CI appends it to $GITHUB_STEP_SUMMARY)
 *
 * The base's content comes from git. When the change touches nothing but content/, the base is
 * built with this project's code, and that build is kept (node_modules/.cache/report-changes/)
 * for the next report on the same base and code; otherwise the base is built from its own
 * checkout, code and all. The figures come from the build's and check:content's own modules
 * (scripts/lib/content-snapshot.ts, scripts/lib/site-snapshot.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-paths.ts';
import { changeReport } from './lib/change-report.ts';
import { snapshotContent } from './lib/content-snapshot.ts';
import { snapshotSite } from './lib/site-snapshot.ts';

const project = resolve(import.meta.dirname, '..');

const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

/** `astro build` of `content` into `out`, with the code in `root`. The search index is not needed here. */
function build(root: string, content: string, out: string): void {
  console.error(`Building ${relative(process.cwd(), content) || content} into ${out}…`);
  execFileSync('npx', ['astro', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: `${out}-astro-cache` },
  });
}

/** The base's content folder, taken from git into `dir`. */
function extractContent(repo: string, sha: string, contentPath: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['-C', repo, 'archive', '--format=tar', sha, contentPath]);
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return join(dir, contentPath);
}

export function reportChanges(options: { base: string; repo?: string; dist?: string }): string {
  const repo = realpathSync(options.repo ?? git(process.cwd(), 'rev-parse', '--show-toplevel'));
  const changeContent = resolve(repo, options.repo ? 'content' : contentDir());
  const contentPath = relative(repo, changeContent).split('\\').join('/');
  const sha = git(repo, 'rev-parse', '--verify', `${options.base}^{commit}`);
  const temp = mkdtempSync(join(tmpdir(), 'report-changes-'));
  try {
    const baseContent = extractContent(repo, sha, contentPath, join(temp, 'base'));
    // Code changed too (this project only): the base is built from its own checkout.
    const codeChanged = repo === realpathSync(project) && git(repo, 'diff', '--name-only', sha, '--', '.', `:(exclude)${contentPath}`) !== '';
    let baseDist: string;
    if (codeChanged) {
      const tree = join(temp, 'base-tree');
      git(repo, 'worktree', 'add', '--detach', '--quiet', tree, sha);
      try {
        symlinkSync(join(project, 'node_modules'), join(tree, 'node_modules'), 'dir');
        baseDist = join(temp, 'base-dist');
        build(tree, join(tree, contentPath), baseDist);
      } finally {
        git(repo, 'worktree', 'remove', '--force', tree);
      }
    } else {
      // Same code, so a build of this base is as good next time, until the project's code moves.
      const code = git(project, 'rev-parse', 'HEAD').slice(0, 12);
      const dirty = git(project, 'status', '--porcelain', '--', '.', `:(exclude)${contentPath}`) !== '';
      baseDist = dirty ? join(temp, 'base-dist') : join(project, 'node_modules/.cache/report-changes', `${sha.slice(0, 12)}-${code}`, 'dist');
      if (!existsSync(join(baseDist, 'index.html'))) build(project, baseContent, baseDist);
    }
    // Nothing differs from the base, not even an untracked file: its build is the change's too.
    const unchanged = !codeChanged && git(repo, 'diff', '--name-only', sha) === '' && git(repo, 'status', '--porcelain') === '';
    const changeDist = options.dist ? resolve(options.dist) : unchanged ? baseDist : join(temp, 'change-dist');
    if (!existsSync(join(changeDist, 'index.html'))) build(project, changeContent, changeDist);
    return changeReport(
      { content: snapshotContent(baseContent), site: snapshotSite(baseDist) },
      { content: snapshotContent(changeContent), site: snapshotSite(changeDist) },
      `What this change does to the site, compared with ${options.base} (${sha.slice(0, 7)})`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { base: { type: 'string' }, dist: { type: 'string' }, repo: { type: 'string' }, out: { type: 'string' } } });
  if (!values.base) {
    console.error('Say what to compare with: npm run report:changes -- --base main (a branch, tag or commit).');
    process.exit(2);
  }
  const report = reportChanges({ base: values.base, repo: values.repo, dist: values.dist });
  if (values.out) writeFileSync(values.out, `${report}\n`, { flag: 'a' });
  console.log(report);
}
