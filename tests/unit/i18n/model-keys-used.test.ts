import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Actor } from '../../../src/content/schema';
import { flatten, namespaceFile } from '../content/load-real-content';

const srcDir = join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|json)$/.test(entry.name) ? [path] : [];
  });
}

/** The code and the content together: content names its texts as `model:…` keys, as the code does. */
const source = sourceFiles(srcDir)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** An actor's name is looked up from the reaction, note or rule that names the actor (`model:actor.${…}`). */
const ACTOR_TEMPLATE = '`model:actor.${';
const actorKeys = Actor.options.map((actor) => `actor.${actor}`);

describe('the model namespace', () => {
  it('builds actor names from the one template the code uses', () => {
    expect(source).toContain(ACTOR_TEMPLATE);
  });

  it('holds no text that the code and the content never show', () => {
    const keys = [...flatten(namespaceFile('en', 'model')).keys()];
    expect(keys.length).toBeGreaterThan(50);
    const unused = keys.filter((key) => !actorKeys.includes(key) && !source.includes(`model:${key}`));
    expect(unused).toEqual([]);
  });
});
