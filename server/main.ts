// `npm start`: serves the built game and live class sessions on one port.
//   node server-build/main.js [--host [address]] [--port N]
// Environment: PORT, HOST, REDIS_URL (share sessions between processes), TRUST_PROXY=1, PUBLIC_URL, DIST.
import { addresses, parseArgs, start } from './start';

async function main() {
  const options = parseArgs(process.argv.slice(2), process.env);
  const { http, live } = await start(options);
  const port = (http.address() as { port: number }).port;
  console.log(`\n  Crossroads: the game and live class sessions`);
  console.log(addresses(options.host, port).join('\n'));
  if (options.host === '127.0.0.1') console.log('  ➜  Network: use --host to expose');
  console.log(
    options.redisUrl
      ? '  Live sessions: shared with other processes through Redis\n'
      : '  Live sessions: in this process\n',
  );
  const stop = () => {
    void live.close().finally(() => http.close(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
