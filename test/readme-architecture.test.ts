/**
 * docs/architecture.md stays true: it names every layer eslint.config.js enforces, with the
 * layers each may import, and its data-flow picture parses with Mermaid's own parser (as GitHub renders it).
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const readme = readFileSync(new URL('../docs/architecture.md', import.meta.url), 'utf8');
const section = readme.slice(0, readme.indexOf('## Development'));

test('names every layer, and what it may import as LAYERS says', async () => {
  const config = '../eslint.config.js';
  const { LAYERS } = (await import(config)) as { LAYERS: Record<string, string[]> };
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    const row = rows.find((line) => line.split('|')[1].includes(`\`${layer}/\``));
    expect(row).toBeDefined();
    const mayImport = row!.split('|')[3];
    if (mayImport.includes('all of the above')) continue;
    const named = [...mayImport.matchAll(/`(\w+)\/`/g)].map((m) => m[1]).filter((name) => name !== layer);
    expect(named.sort()).toEqual([...allowed].sort());
  }
});

test('its data-flow picture is valid Mermaid', async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const mermaid = (await import('mermaid')).default as unknown as { parse(text: string): Promise<unknown> };
  const blocks = [...section.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(blocks).toHaveLength(1);
  await expect(mermaid.parse(blocks[0])).resolves.toBeTruthy();
  await expect(mermaid.parse(blocks[0].replace('-->', '-->>'))).rejects.toThrow();
}, 60_000);
