export { formatNumber, formatSigned } from '../lib/numbers';

/** English dates read day-first ("25 December 2024"), as in the record and in most of the classrooms we serve. */
const intlLocale = (language: string): string => (language === 'en' ? 'en-GB' : language);

/** Month names from the locale files, for browsers whose Intl lacks a language (e.g. "2024 M12" for az). */
const monthNames = new Map<string, readonly string[]>();

export function setMonthNames(language: string, names: readonly string[]): void {
  if (names.length === 12) monthNames.set(language, names);
}

export function manualFormat(value: string, names: readonly string[]): string {
  const [start, end] = value.split('/').map((part) => {
    const [year, month, day] = part.split('-').map(Number) as [number, number, number];
    return { year, month: names[month - 1]!, day };
  });
  if (!start) return value;
  if (!end) return `${start.day} ${start.month} ${start.year}`;
  if (start.year !== end.year)
    return `${start.day} ${start.month} ${start.year} – ${end.day} ${end.month} ${end.year}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
}

/** Dates and numbers through Intl in the reader's language. */
export function formatDateOrRange(value: string, language: string): string {
  const intl = formatWithIntl(value, language);
  const names = monthNames.get(language);
  return names && /\bM\d{1,2}\b/.test(intl) ? manualFormat(value, names) : intl;
}

function formatWithIntl(value: string, language: string): string {
  const [start, end] = value.split('/');
  const format = new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const startDate = new Date(`${start}T00:00:00Z`);
  if (!end) return format.format(startDate);
  return format.formatRange(startDate, new Date(`${end}T00:00:00Z`));
}
