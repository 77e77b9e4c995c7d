import type { App } from '../app/app';
import type { ContentError } from '../content/parse';
import { errorScreen } from '../ui/screens/error';

export function reportContentError(app: App, errors: readonly ContentError[]): void {
  app.keyboard.setScreenKeys({});
  app.overlay.show(
    errorScreen(
      {
        heading: app.t('error.heading'),
        message: app.t('error.content'),
        reload: app.t('error.reload'),
        details: app.t('error.details'),
      },
      errors.map((error) => `${error.file}\n${error.message}`),
    ),
    'Error',
  );
}
