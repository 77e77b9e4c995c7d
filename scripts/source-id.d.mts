/** The stable content id of a source URL: src-<host>-<hash>. */
export function sourceId(url: string): string;
