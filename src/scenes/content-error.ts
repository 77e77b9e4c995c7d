import type { App } from '../app/app';
import type { ContentError } from '../content/parse';
import { errorScreen, type ErrorWay } from '../ui/screens/error';

/**
 * A file that could not be downloaded says so and asks for the connection; a broken one asks for a report.
 * `ways` are the ways on besides reloading the page (try again, back to the title).
 */
export function reportContentError(
  app: App,
  errors: readonly ContentError[],
  ways: readonly ErrorWay[] = [],
): void {
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
      ways,
    ),
    'Error',
  );
  app.events.emit('screen', { name: 'Error' });
}

/** A screen that could not be built (a bug, or a part of the game that failed to load) says so and offers a way on. */
export function reportScreenFailure(app: App, problem: unknown, ways: readonly ErrorWay[]): void {
  app.keyboard.setScreenKeys({});
  app.overlay.show(
    errorScreen(
      {
        heading: app.t('error.screenHeading'),
        message: app.t('error.screen'),
        reload: app.t('error.reload'),
        details: app.t('error.details'),
      },
      [problem instanceof Error ? `${problem.name}: ${problem.message}` : String(problem)],
      ways,
    ),
    'Error',
  );
  app.events.emit('screen', { name: 'Error' });
}
