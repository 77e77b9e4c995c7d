// Every schema in the game imports zod from here, so this runs before the first schema is built.
// zod 4 decides at each z.object() whether to compile a fast parser with `new Function`, probing once with
// `Function('')`. The game's Content-Security-Policy has no 'unsafe-eval', and the browser reports that probe as a
// violation even though zod catches the error. Jitless parsing never probes; the content is small, so it costs nothing.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
