/** Offers text as a file download; no request leaves the machine. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Excel reads a CSV file as UTF-8 (Cyrillic, ə) only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, UTF8_BOM + csv, 'text/csv;charset=utf-8');
}
