/** The path of a Chromium binary to drive, or null when none is installed. */
export function findChromium(): string | null;
