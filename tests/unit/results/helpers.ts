import i18next from 'i18next';
import { applyChoice, newRun, recordVotes, type Campaign, type GameState } from '../../../src/engine';
import { buildResult, type ResultFile } from '../../../src/results/result-file';
import type { Translate } from '../../../src/i18n/keys';
export { parseCsv } from './parse-csv';
import { loadFinaleFiles, loadScenario, namespaceFile, loadCampaign } from '../content/load-real-content';

export const scenario = loadScenario();
export const campaign: Campaign = loadCampaign();
export const endings = loadFinaleFiles().endings.endings;
export const ch01 = campaign.chapters.ch01!;

/** `t` in one language, from the real locale files. */
export function translator(language: string): Translate {
  const namespaces = ['ui', 'endings', ...Object.keys(campaign.chapters)];
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    initAsync: false,
    defaultNS: 'ui',
    ns: namespaces,
    interpolation: { escapeValue: false },
    resources: {
      [language]: Object.fromEntries(namespaces.map((ns) => [ns, namespaceFile(language, ns) ?? {}])),
    },
  });
  return (key, options) => instance.t(key, options);
}

/** Chapter 1 played with the option at `pick` every time; with class votes when given. */
export function played(seed: number, pick: number, votes?: number[]): GameState {
  let state = newRun(campaign, seed, ['ch01']);
  for (const decision of ch01.decisions) {
    if (votes) state = recordVotes(state, `ch01/${decision.id}`, votes);
    const outcome = applyChoice(state, campaign, decision.options[pick]!.id);
    if (!outcome.ok) throw new Error(outcome.error.kind);
    state = outcome.value.state;
  }
  return state;
}

export const resultOf = (
  state: GameState,
  overrides: Partial<Pick<ResultFile, 'group' | 'mode' | 'ending' | 'checks'>> = {},
): ResultFile =>
  buildResult({
    state,
    campaign,
    group: overrides.group ?? 'Group 3',
    mode: overrides.mode ?? 'class',
    ending: overrides.ending === undefined ? 'balance' : overrides.ending,
    checks: overrides.checks ?? {},
  });
