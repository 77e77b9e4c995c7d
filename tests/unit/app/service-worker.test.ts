import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../../src/app/service-worker';
import type { NoticeAction, Notices } from '../../../src/ui/notices';

const registered = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  activateUpdate: undefined as (() => Promise<void>) | undefined,
}));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registered.options = options;
    registered.activateUpdate = vi.fn(async () => undefined);
    return registered.activateUpdate;
  },
}));

function offeringNotices() {
  const offers: { id: string; key: string; action: NoticeAction }[] = [];
  const notices = {
    offer: (id: string, key: string, action: NoticeAction) => offers.push({ id, key, action }),
  };
  return { offers, notices: notices as unknown as Notices };
}

describe('the service worker’s update flow', () => {
  const reload = vi.fn();
  let controllerChanged: () => void;

  beforeEach(() => {
    registered.options = undefined;
    reload.mockClear();
    const serviceWorker = {
      addEventListener: (type: string, listener: () => void) => {
        if (type === 'controllerchange') controllerChanged = listener;
      },
    };
    vi.stubGlobal('navigator', { serviceWorker });
    vi.stubGlobal('window', { location: { reload } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('offers a new version with a quiet notice and a Reload button, and reloads only when asked', () => {
    const { offers, notices } = offeringNotices();
    registerServiceWorker(notices);
    // The first visit's copy takes over the page: nothing to offer, nothing to reload.
    controllerChanged();
    expect(offers).toEqual([]);
    expect(reload).not.toHaveBeenCalled();

    registered.options?.onNeedRefresh?.();
    expect(offers).toEqual([
      {
        id: 'update',
        key: 'notice.updateReady',
        action: { key: 'notice.updateReload', run: expect.any(Function) },
      },
    ]);
    expect(registered.activateUpdate).not.toHaveBeenCalled();
    // The plugin's own "reload now" moment is not taken.
    registered.options?.onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();

    offers[0]!.action.run();
    expect(registered.activateUpdate).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    // The new version has taken over: now the page reloads, as the player asked.
    controllerChanged();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('when another tab let the new version take over, this page keeps its lesson until Reload', () => {
    const { offers, notices } = offeringNotices();
    registerServiceWorker(notices);
    registered.options?.onNeedRefresh?.();
    controllerChanged();
    expect(reload).not.toHaveBeenCalled();
    offers[0]!.action.run();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('a failed registration costs nothing: the game plays online', () => {
    const { offers, notices } = offeringNotices();
    registerServiceWorker(notices);
    expect(() => registered.options?.onRegisterError?.(new Error('blocked'))).not.toThrow();
    expect(offers).toEqual([]);
  });

  it('registers nothing in a browser without service workers', () => {
    vi.stubGlobal('navigator', {});
    registerServiceWorker(offeringNotices().notices);
    expect(registered.options).toBeUndefined();
  });
});
