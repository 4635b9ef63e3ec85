/**
 * Downloading an artifact zip and taking one file out of it, within a byte cap. An artifact is data from
 * whoever could upload one, so a 2.6 MB zip that unpacks to gigabytes must stop before it is unpacked:
 * the download is counted as it streams, every entry's declared size is checked against the cap before
 * anything is extracted (yauzl reads the central directory first), and yauzl's size validation stops an
 * entry whose real size exceeds what it declared.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import * as yauzl from 'yauzl';
import { UserFacingError } from '../core/types.js';

/** What an artifact may weigh, zipped or unpacked, unless baseline-artifact-max-size says otherwise. */
export const DEFAULT_ARTIFACT_MAX_BYTES = 64 * 1024 * 1024;

export class ArtifactTooLargeError extends UserFacingError {
  constructor(what: string, capBytes: number) {
    super(
      'github',
      `${what}, over the ${formatBytes(capBytes)} cap on baseline artifacts`,
      'a baseline is a few MB: check which run uploaded this artifact, or raise the input baseline-artifact-max-size',
    );
  }
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** "64MiB", "10 MB", "1048576" → bytes; null when it is not a size. */
export function parseByteSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|bytes?|kb|kib|mb|mib|gb|gib)?$/i.exec(text.trim());
  if (!m) return null;
  const factor: Record<string, number> = {
    b: 1,
    byte: 1,
    bytes: 1,
    kb: 1e3,
    kib: 1024,
    mb: 1e6,
    mib: 1024 ** 2,
    gb: 1e9,
    gib: 1024 ** 3,
  };
  const bytes = Math.floor(Number(m[1]) * factor[(m[2] ?? 'b').toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/** A pass-through that fails as soon as more than `cap` bytes went through it. */
function byteCap(cap: number, onExceeded: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > cap) done(onExceeded());
      else done(null, chunk);
    },
  });
}

/** Streams `body` to `file`, failing (and leaving no file) past `cap` bytes. */
export async function saveCapped(
  body: Readable,
  file: string,
  cap: number,
  onExceeded: () => Error,
): Promise<void> {
  try {
    await pipeline(body, byteCap(cap, onExceeded), createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/**
 * Extracts the entry `pick` chooses (by name, from the list of file names) to `destination`, written next
 * to it first and renamed into place, so the destination is the whole file or untouched.
 * Returns the chosen entry's name, or null when `pick` chose none.
 */
export async function extractOneEntry(
  zipPath: string,
  pick: (fileNames: string[]) => string | undefined,
  destination: string,
  cap: number,
  label: string,
): Promise<string | null> {
  const zip = await yauzl.openPromise(zipPath, {
    lazyEntries: true,
    validateEntrySizes: true,
    autoClose: false,
  });
  try {
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (entry.uncompressedSize > cap || declared > cap) {
        throw new ArtifactTooLargeError(
          `${label} declares ${formatBytes(declared)} of files (${zip.entryCount} entries)`,
          cap,
        );
      }
      if (!entry.fileName.endsWith('/')) entries.push(entry);
    }
    const chosenName = pick(entries.map((e) => e.fileName));
    const chosen = entries.find((e) => e.fileName === chosenName);
    if (!chosen) return null;
    const partial = join(dirname(destination), `.${process.pid}.${Date.now()}.smanalyzer-download`);
    const stream = await zip.openReadStreamPromise(chosen);
    const lied = () => new ArtifactTooLargeError(`${label} unpacks past its declared size`, cap);
    await saveCapped(stream, partial, cap, lied).catch((error: unknown) => {
      // yauzl's validateEntrySizes: the entry inflates to more bytes than it declared (a zip bomb).
      throw /too many bytes in the stream/.test((error as Error)?.message ?? '') ? lied() : error;
    });
    await rename(partial, destination);
    return chosen.fileName;
  } finally {
    zip.close();
  }
}
