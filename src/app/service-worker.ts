/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { Notices } from '../ui/notices';

/**
 * Registers the service worker that keeps every file of the game for offline play (built by vite-plugin-pwa, see
 * vite.config.ts). A new deployment waits: the player sees a quiet notice and reloads when it suits the lesson. The
 * page never reloads by itself, not even when another tab let the new version take over.
 */
export function registerServiceWorker(notices: Notices): void {
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!workers) return;
  let offered = false;
  let reloadAsked = false;
  let newVersionInCharge = false;
  workers.addEventListener('controllerchange', () => {
    // Before any offer, this is the first visit's copy taking over the page: the same version.
    if (!offered) return;
    if (reloadAsked) window.location.reload();
    else newVersionInCharge = true;
  });
  const activateUpdate = registerSW({
    onNeedRefresh: () => {
      offered = true;
      notices.offer('update', 'notice.updateReady', {
        key: 'notice.updateReload',
        run: () => {
          reloadAsked = true;
          if (newVersionInCharge) window.location.reload();
          else void activateUpdate();
        },
      });
    },
    // The plugin's default reloads the page here; this page reloads on the player's word only (above).
    onNeedReload: () => undefined,
    // Without a service worker (blocked, private mode) the game still plays online.
    onRegisterError: () => undefined,
  });
}
