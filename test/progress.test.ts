import { createProgress } from '../src/cli/progress.js';

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, write: (s: string) => writes.push(s) } };
}

test('on a terminal the bar is redrawn in place and ends with a newline', () => {
  const { writes, out } = sink(true);
  const progress = createProgress(out, () => 0);
  progress(0.5, 'collecting');
  progress(1, 'collected');
  expect(writes[0]).toBe('\r[##########..........]  50% collecting\x1b[K');
  expect(writes.slice(1)).toEqual(['\r[####################] 100% collected\x1b[K', '\n']);
});

test('in a log it prints a plain line at most every 30 s, and the end', () => {
  const { writes, out } = sink(false);
  let now = 0;
  const progress = createProgress(out, () => now);
  progress(0.1, 'collecting');
  now = 10_000;
  progress(0.2, 'collecting'); // too soon: no line
  now = 31_000;
  progress(0.4, 'collecting');
  now = 32_000;
  progress(1, 'collected');
  expect(writes).toEqual([
    'progress: 10% collecting\n',
    'progress: 40% collecting\n',
    'progress: 100% collected\n',
  ]);
});
