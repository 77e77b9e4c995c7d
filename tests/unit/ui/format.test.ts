import { describe, expect, it } from 'vitest';
import { formatDateOrRange, formatSigned, manualFormat } from '../../../src/ui/format';

describe('formatting through Intl', () => {
  it('formats dates and ranges in the reader language', () => {
    expect(formatDateOrRange('2024-12-25', 'en')).toBe('25 December 2024');
    expect(formatDateOrRange('2024-12-25/2024-12-29', 'en')).toMatch(/^25\s?–\s?29 December 2024$/u);
    expect(formatDateOrRange('2024-12-28/2025-01-02', 'en')).toMatch(
      /^28 December 2024\s?–\s?2 January 2025$/u,
    );
    expect(formatDateOrRange('2024-12-25', 'ru')).toMatch(/25 декабря 2024/);
  });

  it('writes signed changes with a real minus sign', () => {
    expect(formatSigned(-8, 'en')).toBe('−8');
    expect(formatSigned(4, 'en')).toBe('+4');
    expect(formatSigned(0, 'en')).toBe('0');
  });
});

describe('dates without Intl data for a language', () => {
  const months = 'yanvar,fevral,mart,aprel,may,iyun,iyul,avqust,sentyabr,oktyabr,noyabr,dekabr'.split(',');
  it('are written with the month names from the locale files', () => {
    expect(manualFormat('2024-12-26', months)).toBe('26 dekabr 2024');
    expect(manualFormat('2024-12-26/2024-12-27', months)).toBe('26–27 dekabr 2024');
    expect(manualFormat('2025-06-30/2025-07-02', months)).toBe('30 iyun – 2 iyul 2025');
    expect(manualFormat('2024-12-25/2025-01-02', months)).toBe('25 dekabr 2024 – 2 yanvar 2025');
  });
});
