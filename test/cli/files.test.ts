import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp';

// readdir refuses the folder named "locked", as it does for a user without the right to list it
// (root, who runs CI, may list any folder).
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readdir: ((path: string, options: unknown) =>
      path.endsWith('locked')
        ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' }))
        : fs.readdir(path, options as never)) as typeof fs.readdir,
  };
});

const { collectFiles } = await import('../../src/cli/files');

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'locked'));
  await mkdir(join(dir, 'open'));
  await writeFile(join(dir, 'open', 'a.xlsx'), 'x');
  await writeFile(join(dir, 'b.csv'), 'x');
});

describe('files found in folders', () => {
  it('a folder it may not list is named as such, and every other file is still found', async () => {
    expect(await collectFiles([dir])).toEqual({
      files: [join(dir, 'b.csv'), join(dir, 'open', 'a.xlsx')],
      missing: [],
      skipped: [],
      unreadable: [join(dir, 'locked')],
      order: [join(dir, 'b.csv'), join(dir, 'locked'), join(dir, 'open', 'a.xlsx')],
    });
  });
});
