export interface LaunchOptions {
  language: string | null;
  /** `?lng2=az`: the second language of the bilingual view. */
  secondLanguage: string | null;
  renderer: 'auto' | 'canvas';
  testMode: boolean;
  seed: number | null;
  reducedMotion: boolean;
  /** `?check=skip` leaves out the knowledge check before the campaign. */
  skipCheck: boolean;
  /** `?chapters=ch01,ch02` plays only these chapters (a teacher fitting one lesson); null plays all. */
  chapters: string[] | null;
}

export function readLaunchOptions(search: string, prefersReducedMotion: boolean): LaunchOptions {
  const params = new URLSearchParams(search);
  const seed = Number(params.get('seed'));
  const testMode = params.get('test') === '1';
  // Tests run without motion unless they ask for it (`motion=on`); the player's own preference always wins.
  const motion = params.get('motion');
  return {
    language: params.get('lng'),
    secondLanguage: params.get('lng2'),
    renderer: params.get('renderer') === 'canvas' ? 'canvas' : 'auto',
    testMode,
    seed: params.has('seed') && Number.isInteger(seed) && seed >= 0 ? seed : null,
    reducedMotion: prefersReducedMotion || motion === 'off' || (testMode && motion !== 'on'),
    skipCheck: params.get('check') === 'skip',
    chapters: params.get('chapters')?.split(',').filter(Boolean) ?? null,
  };
}
