import { execFileSync, spawn } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInside, openInsideRoots, PathRefusedError, readOpened, type OpenedInside } from './safe-open';

function dirs() {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'tl-safe-root-')));
  const outside = realpathSync(mkdtempSync(join(tmpdir(), 'tl-safe-out-')));
  writeFileSync(join(outside, 'secret'), 'OUTSIDE');
  return { root, outside };
}

async function contents(o: Promise<OpenedInside>): Promise<string> {
  const f = await o;
  try {
    return (await readOpened(f)).toString('utf8');
  } finally {
    await f.handle.close();
  }
}

describe('openInsideRoots', () => {
  it('opens files and folders under the roots and names them relative to their root', async () => {
    const { root } = dirs();
    const other = realpathSync(mkdtempSync(join(tmpdir(), 'tl-safe-other-')));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'a.bin'), 'INSIDE');
    expect(await contents(openInsideRoots([root], 'sub/a.bin'))).toBe('INSIDE');
    expect(await contents(openInsideRoots([other, root], join(root, 'sub/a.bin')))).toBe('INSIDE');
    const f = await openInsideRoots([other, root], 'sub/a.bin');
    expect({ name: f.name, path: f.path, root: f.root, size: f.size }).toEqual({
      name: join('sub', 'a.bin'),
      path: join(root, 'sub', 'a.bin'),
      root,
      size: 6,
    });
    await f.handle.close();
    const d = await openInsideRoots([root], 'sub', { kind: 'directory' });
    expect(await contents(openInside(d, 'a.bin'))).toBe('INSIDE');
    await expect(openInside(d, '../sub/../../x')).rejects.toThrow(/entry escapes its folder/);
    await d.handle.close();
  });

  it('accepts an absolute path written against a root configured through a link', async () => {
    const { root } = dirs();
    writeFileSync(join(root, 'a.bin'), 'INSIDE');
    const linked = `${root}-link`;
    symlinkSync(root, linked);
    expect(await contents(openInsideRoots([linked], join(linked, 'a.bin')))).toBe('INSIDE');
  });

  it.each([
    ['a path outside the roots', '../x', /\.\.\/x: path is outside the dataset roots/],
    [
      'an absolute path outside the roots',
      '/etc/passwd',
      /^\/etc\/passwd: path is outside the dataset roots/,
    ],
    ['a missing file', 'nope/missing.bin', /^nope\/missing\.bin: does not exist$/],
    ['a NUL byte', 'a\0b', /path contains a NUL byte/],
    ['a link as the file', 'link.bin', /^link\.bin: path goes through a symbolic link; links are refused$/],
    ['a link as a parent folder', 'linkdir/a.bin', /^linkdir\/a\.bin: path goes through a symbolic link/],
    ['a folder where a file is wanted', 'sub', /^sub: is not a regular file$/],
    ['a FIFO (without hanging)', 'fifo', /^fifo: is not a regular file$/],
  ])('refuses %s', async (_, userPath, message) => {
    const { root, outside } = dirs();
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'a.bin'), 'INSIDE');
    symlinkSync(join(outside, 'secret'), join(root, 'link.bin'));
    symlinkSync(join(root, 'sub'), join(root, 'linkdir'));
    execFileSync('mkfifo', [join(root, 'fifo')]);
    await expect(openInsideRoots([root], userPath, { rootsLabel: 'dataset roots' })).rejects.toThrow(message);
  });

  it('refuses no roots and roots that do not exist', async () => {
    await expect(openInsideRoots([], 'a')).rejects.toThrow(/no roots are configured/);
    await expect(openInsideRoots(['/nonexistent-tl-root'], 'a')).rejects.toThrow(/none of the roots exists/);
  });

  it('refuses a hard link to a file outside the roots, and a hard-linked file inside them, saying why', async () => {
    const { root, outside } = dirs();
    linkSync(join(outside, 'secret'), join(root, 'hl.bin'));
    await expect(openInsideRoots([root], 'hl.bin')).rejects.toThrow(
      /^hl\.bin: has 2 hard links; a file with more than one name may be a file from outside the roots, so hard-linked files are refused/,
    );
    writeFileSync(join(root, 'a.bin'), 'INSIDE');
    linkSync(join(root, 'a.bin'), join(root, 'b.bin'));
    for (const name of ['a.bin', 'b.bin']) {
      const e: unknown = await openInsideRoots([root], name).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(PathRefusedError);
      expect(e).toMatchObject({ code: 'hard-link', path: name });
    }
  });

  it.each([
    ['openInsideRoots', (root: string) => openInsideRoots([root], 'f.bin')],
    [
      'openInside (an entry of an opened folder)',
      async (root: string) => {
        const d = await openInsideRoots([root], '.', { kind: 'directory' });
        try {
          return await openInside(d, 'f.bin');
        } finally {
          await d.handle.close();
        }
      },
    ],
  ] as const)(
    '%s never reads an outside file while a checked file is swapped for a link to it (5,000 opens)',
    async (_, openIt) => {
      const { root, outside } = dirs();
      const file = join(root, 'f.bin');
      writeFileSync(file, 'INSIDE');
      // The swapper: a separate process alternating, by atomic renames, a fresh regular file and
      // a link to the outside file under the same name, as fast as it can.
      const swapper = spawn(
        process.execPath,
        [
          '-e',
          `const fs = require('node:fs');
         const [file, secret] = process.argv.slice(1);
         const reg = file + '.reg', lnk = file + '.lnk';
         process.stdout.write('ready\\n');
         for (const end = Date.now() + 30000; Date.now() < end; ) {
           fs.writeFileSync(reg, 'INSIDE'); fs.renameSync(reg, file);
           fs.rmSync(lnk, { force: true }); fs.symlinkSync(secret, lnk); fs.renameSync(lnk, file);
         }`,
          file,
          join(outside, 'secret'),
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        await new Promise<void>((done) => swapper.stdout.once('data', () => done()));
        const seen = { inside: 0, refused: 0, outside: 0 };
        for (let i = 0; i < 5000; i++) {
          try {
            const text = await contents(openIt(root));
            if (text === 'INSIDE') seen.inside++;
            else seen.outside++;
          } catch (e) {
            if (!(e instanceof PathRefusedError)) throw e;
            seen.refused++;
          }
        }
        expect(seen.outside).toBe(0);
        expect(seen.inside + seen.refused).toBe(5000);
        // Both sides of the swap were met, so the race was really run.
        expect(seen.inside).toBeGreaterThan(0);
        expect(seen.refused).toBeGreaterThan(0);
      } finally {
        swapper.kill();
      }
    },
  );
});
