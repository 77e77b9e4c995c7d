export interface LaunchOptions {
  language: string | null;
  renderer: 'auto' | 'canvas';
  testMode: boolean;
  seed: number | null;
  reducedMotion: boolean;
}

export function readLaunchOptions(search: string, prefersReducedMotion: boolean): LaunchOptions {
  const params = new URLSearchParams(search);
  const seed = Number(params.get('seed'));
  const testMode = params.get('test') === '1';
  return {
    language: params.get('lng'),
    renderer: params.get('renderer') === 'canvas' ? 'canvas' : 'auto',
    testMode,
    seed: params.has('seed') && Number.isInteger(seed) && seed >= 0 ? seed : null,
    reducedMotion: prefersReducedMotion || testMode || params.get('motion') === 'off',
  };
}
