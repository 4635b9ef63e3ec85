/**
 * Converted real data into TSDB blocks: the OpenMetrics text written to a file in chunks, `promtool tsdb
 * create-blocks-from openmetrics`, and a stamp so the blocks are reused while the conversion and its input are
 * unchanged (a second run starts in seconds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}): ${(result.stderr ?? '').trim().slice(-800)}`,
    );
  }
}

export interface Blocks {
  tsdb: string;
  built: boolean;
  series: number;
  samples: number;
}

/** The blocks under `dir`, built with `write` unless a build with the same `stamp` is there. */
export function backfillBlocks(
  dir: string,
  stamp: string,
  write: (chunk: (text: string | Uint8Array) => void) => { series: number; samples: number },
): Blocks {
  const tsdb = join(dir, 'tsdb');
  const stampFile = join(dir, 'stamp.json');
  if (existsSync(stampFile) && existsSync(tsdb)) {
    const previous = JSON.parse(readFileSync(stampFile, 'utf8')) as {
      stamp: string;
      series: number;
      samples: number;
    };
    if (previous.stamp === stamp)
      return { tsdb, built: false, series: previous.series, samples: previous.samples };
  }
  rmSync(tsdb, { recursive: true, force: true });
  rmSync(stampFile, { force: true });
  const text = join(dir, 'istio.om');
  const file = chunkedWriter(text);
  const counts = write(file.write);
  file.close();
  run('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', text, tsdb]);
  rmSync(text, { force: true });
  writeFileSync(stampFile, JSON.stringify({ stamp, ...counts }));
  return { tsdb, built: true, ...counts };
}

/** A synchronous writer that appends in 8 MB chunks (the conversions are pure functions pushing chunks). */
function chunkedWriter(path: string) {
  const chunks: Buffer[] = [];
  let size = 0;
  writeFileSync(path, '');
  const flush = () => {
    if (chunks.length === 0) return;
    writeFileSync(path, Buffer.concat(chunks), { flag: 'a' });
    chunks.length = 0;
    size = 0;
  };
  return {
    write: (chunk: string | Uint8Array) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      chunks.push(bytes);
      size += bytes.length;
      if (size > 8 * 1024 * 1024) flush();
    },
    close: flush,
  };
}
