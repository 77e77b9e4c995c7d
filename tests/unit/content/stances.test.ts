import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/content/schema';
import { slipLabelKey } from '../../../src/ui/components/framing';
import { hasText, languages, loadRecord } from './load-real-content';
import { textKey } from '../support/text-key';

const sources = loadRecord().sources;
const host = (source: Source) => new URL(source.url).hostname;
/** The publisher and the outlet it carries, without the outlets it only cites. */
const carrier = (source: Source) => source.publisher.replace(/,?\s*\(?citing [^)]*\)?/g, '');

/** Who publishes a page decides its label, checked in this order: a carrier's name in brackets counts. */
const RULES: { what: string; matches: (source: Source) => boolean; stance: RegExp }[] = [
  {
    what: 'a government site',
    matches: (s) =>
      /(^|\.)(gov\.az|president\.az|kremlin\.ru|mid\.ru|primeminister\.am|gov\.am)$/.test(host(s)),
    stance: /^government$/,
  },
  {
    what: 'a Ukrainian outlet',
    matches: (s) =>
      /Ukrinform|Kyiv Independent|Ukrainska Pravda|\bUNN\b|RBC-Ukraine|Liga\.net|Babel|Online\.ua|UAWire/.test(
        carrier(s),
      ),
    stance: /^ukrainian$/,
  },
  {
    what: 'an Azerbaijani outlet',
    matches: (s) =>
      /AzerNews|\bTrend\b|Report\.az|AZERTAC|Caliber|News\.Az|Minval|Pressklub|Haqqin|Modern\.az|1news\.az|Turan|Meydan/.test(
        carrier(s),
      ) || /\.az$/.test(host(s)),
    stance: /^azerbaijani/,
  },
  {
    what: 'a Russian state outlet',
    matches: (s) => /^(TASS|Sputnik|TVC|M24|Vechernyaya Moskva)\b/.test(carrier(s)),
    stance: /^russian-state$/,
  },
];

describe('source stances', () => {
  it('label every stance in every language', () => {
    for (const language of languages())
      for (const stance of new Set(sources.map((source) => source.stance)))
        expect(hasText(language, `ui:stance.${stance}`), `${language} stance.${stance}`).toBe(true);
  });

  it.each(RULES)('give $what its publisher’s stance', ({ matches, stance }) => {
    const matched = sources.filter(
      (source) => matches(source) && RULES.find((rule) => rule.matches(source))?.stance === stance,
    );
    expect(matched.length).toBeGreaterThan(0);
    expect(
      matched.filter((source) => !stance.test(source.stance)).map((s) => `${s.publisher}: ${s.stance}`),
    ).toEqual([]);
  });

  it('label a framing slip by its publisher, not by the side whose view it reports', () => {
    const azerNews = sources.find((source) => source.publisher.includes('AzerNews, citing TASS'))!;
    expect(
      slipLabelKey({ side: 'russia', source: azerNews.id, text: textKey('x:y'), records: ['R12'] }, azerNews),
    ).toBe('stance.azerbaijani-state');
    expect(
      slipLabelKey(
        { side: 'russia', source: 'src-missing', text: textKey('x:y'), records: ['R12'] },
        undefined,
      ),
    ).toBe('side.russia');
  });
});
