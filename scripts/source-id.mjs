// Prints the stable content id of a source URL: src-<host>-<hash>. Content files cite sources by this id.
// Usage: node scripts/source-id.mjs <url> [<url> …]
import { createHash } from 'node:crypto';

export function sourceId(url) {
  const host = new URL(url).hostname
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()
    .slice(0, 24);
  const hash = createHash('sha1').update(url).digest('hex').slice(0, 6);
  return `src-${host.replace(/-+$/, '')}-${hash}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) console.log(`${sourceId(url)}\t${url}`);
}
