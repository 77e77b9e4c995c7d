import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rules that fire on `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const IMPORTS = 'no-restricted-imports';
const TYPED_IMPORTS = '@typescript-eslint/no-restricted-imports';
const use = (name: string) => `\nexport const used = ${name};\n`;
const useType = (name: string) => `\nexport type Used = ${name};\n`;

describe('the layers keep their imports (lint rules)', () => {
  it.each([
    ['src/ui/screens/example.ts', "import type { App } from '../../app/app';", useType('App'), IMPORTS],
    ['src/ui/example.ts', "import { buildTitle } from '../scenes/title-flow';", use('buildTitle'), IMPORTS],
    ['src/stage/example.ts', "import { h } from '../ui/dom';", use('h'), IMPORTS],
    ['src/stage/example.ts', "import type { App } from '../app/app';", useType('App'), IMPORTS],
    ['src/stage/example.ts', "import { routes } from '../scenes/routes';", use('routes'), IMPORTS],
    ['src/content/example.ts', "import { newRun } from '../engine';", use('newRun'), TYPED_IMPORTS],
    ['src/content/example.ts', "import { h } from '../ui/dom';", use('h'), TYPED_IMPORTS],
    ['src/engine/example.ts', "import { Session } from '../app/session';", use('Session'), IMPORTS],
    [
      'src/engine/example.ts',
      "import { createStore } from '../platform/storage';",
      use('createStore'),
      IMPORTS,
    ],
    [
      'src/engine/example.ts',
      "import { resultCsv } from '../results/result-csv';",
      use('resultCsv'),
      IMPORTS,
    ],
    ['src/lib/example.ts', "import { newRun } from '../engine';", use('newRun'), IMPORTS],
    [
      'src/lib/example.ts',
      "import type { Scenario } from '../content/schema';",
      useType('Scenario'),
      IMPORTS,
    ],
  ])(
    '%s refuses %s',
    async (filePath, line, usage, rule) => {
      expect(await lint(filePath, line + usage)).toContain(rule);
    },
    20_000,
  );

  it.each([
    [
      'src/ui/screens/example.ts',
      "import type { ScreenContext } from '../screen-context';",
      useType('ScreenContext'),
    ],
    ['src/ui/example.ts', "import { voteShares } from '../engine';", use('voteShares')],
    ['src/stage/example.ts', "import { formatSigned } from '../lib/numbers';", use('formatSigned')],
    ['src/stage/example.ts', "import type { Layout } from '../lib/layout';", useType('Layout')],
    ['src/content/example.ts', "import type { Campaign } from '../engine/types';", useType('Campaign')],
    ['src/content/example.ts', "import { ok } from '../lib/result';", use('ok')],
    ['src/engine/example.ts', "import type { Scenario } from '../content/schema';", useType('Scenario')],
    ['src/engine/example.ts', "import { ok } from '../lib/result';", use('ok')],
    ['src/lib/example.ts', "import { ok } from './result';", use('ok')],
  ])(
    '%s accepts %s',
    async (filePath, line, usage) => {
      expect(await lint(filePath, line + usage)).toEqual([]);
    },
    20_000,
  );
});
