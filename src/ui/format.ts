/** English dates read day-first ("25 December 2024"), as in the record and in most of the classrooms we serve. */
const intlLocale = (language: string): string => (language === 'en' ? 'en-GB' : language);

/** Dates and numbers through Intl in the reader's language. */
export function formatDateOrRange(value: string, language: string): string {
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

/** A signed whole number with a real minus sign, e.g. "+4" or "−8". */
export function formatSigned(value: number, language: string): string {
  return new Intl.NumberFormat(language, { signDisplay: 'exceptZero' }).format(value).replace('-', '\u2212');
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
