/**
 * Pictures in articles: where editors put them and how a body names them. Every picture lives
 * in content/images/ and a body names it by a path relative to its own file, such as
 * ../../images/walk.jpg from an article, so Astro's image pipeline resizes it and writes it in
 * a modern format (the build's `image` setting). The MDX guard (src/lib/mdx-guard.ts) holds
 * every image to these rules.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentDir } from './content-paths.ts';

/** Formats the pipeline reads. Not SVG: an SVG file can hold a script. */
export const imageFormats = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** Where the pictures are, and how to tell whether one is there. */
export interface PictureFolder {
  dir: string;
  exists(path: string): boolean;
  list(): string[];
}

/** content/images/ (or CONTENT_DIR's images/), as the build and check:content see it. */
export const contentPictures = (root: string = contentDir()): PictureFolder => {
  const dir = resolve(root, 'images');
  return {
    dir,
    exists: existsSync,
    list: () => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
};

/** How the body of `file` names a picture in the folder: "../../images/walk.jpg". */
export function imagePathFrom(file: string, name: string, pictures: PictureFolder): string {
  return relative(dirname(resolve(file)), resolve(pictures.dir, name)).split(sep).join('/');
}

/** What is wrong with a picture a body names, if anything: [message, fix]. */
export function imageProblem(file: string, url: string, pictures: PictureFolder): [string, string] | undefined {
  const name = basename(url.split(/[?#]/)[0] ?? '');
  const suggested = `![What it shows](${imagePathFrom(file, name || 'picture.jpg', pictures)})`;
  if (url.startsWith('/')) {
    return [`"${url}" is a path on the site: a picture from there is sent at full size to every phone`, `save it in content/images/ and write ${suggested}: the build makes smaller copies for small screens.`];
  }
  const format = extname(name).toLowerCase();
  if (!(imageFormats as readonly string[]).includes(format)) {
    return [`"${url}" is not a picture format the site can use${format === '.svg' ? ' (an SVG file can hold code)' : ''}`, `save it as ${imageFormats.join(', ')} in content/images/.`];
  }
  const path = resolve(dirname(resolve(file)), url);
  const inside = relative(pictures.dir, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return [`"${url}" is not in content/images/, where every picture lives`, `move it there and write ${suggested}.`];
  }
  if (!pictures.exists(path)) {
    const near = pictures.list().filter((f) => f.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
    return [`there is no picture "${inside.split(sep).join('/')}" in content/images/`, `check the file name${near.length ? ` (there is ${near.map((n) => `"${n}"`).join(', ')})` : ''}, or add the picture to content/images/.`];
  }
  return undefined;
}
