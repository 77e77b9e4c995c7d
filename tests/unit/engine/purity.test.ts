import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function engineLint(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/engine/example.ts' });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the engine stays pure (lint rules)', () => {
  it.each([
    ["import Phaser from 'phaser';\nexport const x = Phaser;", 'no-restricted-imports'],
    ["import { Howl } from 'howler';\nexport const x = Howl;", 'no-restricted-imports'],
    ["import { h } from '../ui/dom';\nexport const x = h;", 'no-restricted-imports'],
    ['export const x = Math.random();', 'no-restricted-properties'],
    ['export const x = Date.now();', 'no-restricted-properties'],
    ['export const x = document.title;', 'no-restricted-globals'],
    ['export const x = window.innerWidth;', 'no-restricted-globals'],
  ])(
    'refuses %s',
    async (code, rule) => {
      expect(await engineLint(code)).toContain(rule);
    },
    20_000,
  );

  it('accepts plain TypeScript', async () => {
    expect(await engineLint('export const add = (a: number, b: number): number => a + b;\n')).toEqual([]);
  }, 20_000);
});
