/** A signed whole number with a real minus sign, e.g. "+4" or "−8". */
export function formatSigned(value: number, language: string): string {
  return new Intl.NumberFormat(language, { signDisplay: 'exceptZero' }).format(value).replace('-', '\u2212');
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
