import { constants, existsSync } from 'node:fs';
import { open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Why a path was refused; `missing` lets a caller fall back (an optional file). */
export type PathRefusal =
  | 'nul'
  | 'outside'
  | 'no-root'
  | 'missing'
  | 'link'
  | 'hard-link'
  | 'not-file'
  | 'not-directory'
  | 'unreadable';

/** A refused path. `path` is relative to its root (or as the user gave it when no root holds it). */
export class PathRefusedError extends Error {
  constructor(
    readonly code: PathRefusal,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'PathRefusedError';
  }
}

/** A file or folder opened inside a root; read it only through `handle`, never again by path. */
export interface OpenedInside {
  readonly handle: FileHandle;
  /** Real absolute path when it was opened (to open children; not for messages). */
  readonly path: string;
  /** The real root it lies in. */
  readonly root: string;
  /** Path relative to the root, for messages ('.' for the root itself). */
  readonly name: string;
  /** Size in bytes from fstat of the descriptor. */
  readonly size: number;
}

export type OpenKind = 'file' | 'directory';

export interface OpenInsideOptions {
  readonly kind?: OpenKind;
  /** How messages call the roots: 'dataset roots', 'model roots'. */
  readonly rootsLabel?: string;
  /** The message when a final component is a link (default: 'path goes through a symbolic link; links are refused'). */
  readonly linkReason?: string;
}

const LINK_REASON = 'path goes through a symbolic link; links are refused';
// O_NONBLOCK: a FIFO planted under a root must not hang a libuv thread in open(2); it is
// then refused as not a regular file. It changes nothing for regular files and folders.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const PROC_FD = process.platform === 'linux' && existsSync('/proc/self/fd');

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function shown(root: string, target: string): string {
  return relative(root, target) || '.';
}

/**
 * Where /proc/self/fd is missing (not Linux), the real path of an opened file: the lexical
 * path re-resolved, which must still name the very inode (dev, ino) that was opened.
 */
async function descriptorPath(lexical: string, ino: number, dev: number): Promise<string | undefined> {
  const real = await realpath(lexical).catch(() => undefined);
  if (real === undefined) return undefined;
  const again = await open(real, OPEN_FLAGS).catch(() => undefined);
  if (!again) return undefined;
  try {
    const s = await again.stat();
    return s.ino === ino && s.dev === dev ? real : undefined;
  } finally {
    await again.close();
  }
}

/**
 * Open `target` (a lexical absolute path under the real root `root`) so that what is read
 * cannot be swapped afterwards: the final component is opened with O_NOFOLLOW, and the
 * OPENED DESCRIPTOR is then checked: its real path must equal the lexical path (no link on
 * the way, none swapped in meanwhile) and lie inside the root, and a file must be regular
 * with exactly one name (a hard link inside a root can name a file outside it).
 */
async function openChecked(
  root: string,
  target: string,
  kind: OpenKind,
  linkReason: string,
): Promise<OpenedInside> {
  const name = shown(root, target);
  let fh: FileHandle;
  try {
    fh = await open(target, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new PathRefusedError('link', name, linkReason);
    if (code === 'ENOENT') throw new PathRefusedError('missing', name, 'does not exist');
    if (code === 'ENOTDIR')
      throw new PathRefusedError('missing', name, 'does not exist (a parent is not a folder)');
    throw new PathRefusedError('unreadable', name, `cannot be opened (${code ?? (e as Error).message})`);
  }
  try {
    // On Linux the descriptor's path and its fstat are independent: ask for both at once.
    const [st, proc] = await Promise.all([
      fh.stat(),
      PROC_FD ? readlink(`/proc/self/fd/${fh.fd}`) : undefined,
    ]);
    const real = proc ?? (await descriptorPath(target, st.ino, st.dev));
    if (real === undefined || !inside(root, real) || real !== target) {
      throw new PathRefusedError('link', name, LINK_REASON);
    }
    if (kind === 'directory' && !st.isDirectory())
      throw new PathRefusedError('not-directory', name, 'is not a folder');
    if (kind === 'file') {
      if (!st.isFile()) throw new PathRefusedError('not-file', name, 'is not a regular file');
      if (st.nlink !== 1) {
        throw new PathRefusedError(
          'hard-link',
          name,
          `has ${st.nlink} hard links; a file with more than one name may be a file from outside the roots, so hard-linked files are refused (copy it instead)`,
        );
      }
    }
    return { handle: fh, path: real, root, name, size: st.size };
  } catch (e) {
    await fh.close();
    throw e;
  }
}

/**
 * Open a user-given path under configured roots without following links. A relative path
 * is tried under each root in order (the first root that has it wins), an absolute one must
 * lie inside a root, as configured or as the root's real location. Refusals are
 * PathRefusedError naming the path relative to its root. The caller owns the handle.
 */
export async function openInsideRoots(
  roots: readonly string[],
  userPath: string,
  o: OpenInsideOptions = {},
): Promise<OpenedInside> {
  const label = o.rootsLabel ?? 'roots';
  const kind = o.kind ?? 'file';
  if (roots.length === 0) throw new PathRefusedError('no-root', userPath, `no ${label} are configured`);
  if (userPath.includes('\0')) throw new PathRefusedError('nul', userPath, 'path contains a NUL byte');
  let firstProblem: PathRefusedError | undefined;
  for (const root of roots) {
    const base = await realpath(root).catch(() => undefined);
    if (base === undefined) continue;
    const lexicalRoot = resolve(root);
    // An absolute path written against the configured root (which may itself be a link, as
    // /tmp is on macOS) is mapped onto the root's real location.
    const target =
      isAbsolute(userPath) && inside(lexicalRoot, resolve(userPath))
        ? resolve(base, relative(lexicalRoot, resolve(userPath)))
        : resolve(base, userPath);
    if (!inside(base, target)) {
      firstProblem ??= new PathRefusedError(
        'outside',
        userPath,
        `path is outside the ${label} (${roots.join(', ')})`,
      );
      continue;
    }
    try {
      return await openChecked(base, target, kind, o.linkReason ?? LINK_REASON);
    } catch (e) {
      // A relative path missing under one root may be under the next.
      if (e instanceof PathRefusedError && e.code === 'missing') {
        firstProblem ??= e;
        continue;
      }
      throw e;
    }
  }
  throw (
    firstProblem ??
    new PathRefusedError('no-root', userPath, `none of the ${label} exists (${roots.join(', ')})`)
  );
}

/**
 * Open an entry (a name from readdir, or a plain relative name) of a folder opened by
 * openInsideRoots, with the same checks; the entry must stay inside the folder.
 */
export async function openInside(
  parent: Pick<OpenedInside, 'path' | 'root'>,
  entry: string,
  o: Pick<OpenInsideOptions, 'kind' | 'linkReason'> = {},
): Promise<OpenedInside> {
  const target = resolve(parent.path, entry);
  if (entry.includes('\0'))
    throw new PathRefusedError('nul', shown(parent.root, parent.path), 'entry name contains a NUL byte');
  if (target === parent.path || !inside(parent.path, target)) {
    throw new PathRefusedError('outside', shown(parent.root, target), 'entry escapes its folder');
  }
  return openChecked(parent.root, target, o.kind ?? 'file', o.linkReason ?? LINK_REASON);
}

/**
 * Where a folder opened by openInsideRoots can be listed without going through its path
 * again: /proc/self/fd/<fd> on Linux (the very folder that was opened), else its path.
 */
export function listingPath(dir: Pick<OpenedInside, 'handle' | 'path'>): string {
  return PROC_FD ? `/proc/self/fd/${dir.handle.fd}` : dir.path;
}

/** Read `length` bytes at `position` from a handle (fewer only at the end of the file). */
export async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const out = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    // One read(2) moves at most about 2 GiB; larger files take several.
    const { bytesRead } = await fh.read(out, filled, Math.min(length - filled, 1 << 30), position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? out : out.subarray(0, filled);
}

/** The whole of an opened file, read through its handle, at most `size` bytes (its fstat size). */
export function readOpened(f: Pick<OpenedInside, 'handle' | 'size'>): Promise<Buffer> {
  return readAt(f.handle, 0, f.size);
}
