/**
 * A fresh git repository for the web editor's tests: a copy of tests/fixtures/content under
 * admin-repo/content (gitignored), committed on main. decap-server (MODE=git) edits it as the
 * editor would edit GitHub: each saved article is a branch cms/…, published by merging into main.
 * The real content/ is never touched.
 *
 *   npx node tests/e2e/admin/local-repo.ts [folder]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

export const adminRepo = process.argv[2] ?? process.env.ADMIN_REPO ?? 'admin-repo';

rmSync(adminRepo, { recursive: true, force: true });
cpSync('tests/fixtures/content', `${adminRepo}/content`, { recursive: true });
const git = (...args: string[]) => execFileSync('git', ['-C', adminRepo, ...args], { stdio: 'pipe' });
git('init', '--quiet', '--initial-branch=main');
// decap-server commits as whoever the repository names.
git('config', 'user.name', 'Test editor');
git('config', 'user.email', 'editor@example.org');
git('add', '.');
git('commit', '--quiet', '-m', 'The fixture content');
console.log(`${adminRepo}: a git repository with the fixture content, on main.`);
