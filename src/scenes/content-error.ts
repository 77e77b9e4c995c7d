import type { App } from '../app/app';
import type { ContentError } from '../content/parse';
import { errorScreen } from '../ui/screens/error';

/** A file that could not be downloaded says so and asks for the connection; a broken one asks for a report. */
export function reportContentError(app: App, errors: readonly ContentError[]): void {
  const offline = errors.length > 0 && errors.every((error) => error.unreachable);
  app.keyboard.setScreenKeys({});
  app.overlay.show(
    errorScreen(
      {
        heading: app.t(offline ? 'error.offlineHeading' : 'error.heading'),
        message: app.t(offline ? 'error.offline' : 'error.content'),
        reload: app.t('error.reload'),
        details: app.t('error.details'),
      },
      errors.map((error) => `${error.file}\n${error.message}`),
    ),
    'Error',
  );
}
