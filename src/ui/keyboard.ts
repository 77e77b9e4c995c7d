export interface ScreenKeys {
  /** Digits 1–4 pick an option. */
  digit?: (digit: number) => void;
  /** Enter confirms or continues. */
  enter?: () => void;
}

const NATIVE_ENTER = new Set(['BUTTON', 'A', 'SUMMARY', 'SELECT', 'TEXTAREA']);

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'TEXTAREA' ||
      (target.tagName === 'INPUT' && !['radio', 'checkbox'].includes((target as HTMLInputElement).type)))
  );
}

/** One keydown listener for the whole game; the current screen says what Enter and the digits do. */
export class KeyboardRouter {
  private keys: ScreenKeys = {};

  constructor(
    target: Document,
    private readonly global: { escape: () => void; mute: () => void; isDialogOpen: () => boolean },
  ) {
    target.addEventListener('keydown', (event) => this.handle(event));
  }

  setScreenKeys(keys: ScreenKeys): void {
    this.keys = keys;
  }

  private handle(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    if (this.global.isDialogOpen()) return;
    const target = event.target;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.global.escape();
      return;
    }
    if (isTyping(target)) return;
    if (event.key === 'm' || event.key === 'M') {
      this.global.mute();
      return;
    }
    if (/^[1-9]$/.test(event.key) && this.keys.digit) {
      event.preventDefault();
      this.keys.digit(Number(event.key));
      return;
    }
    if (event.key === 'Enter' && this.keys.enter) {
      if (target instanceof HTMLElement && NATIVE_ENTER.has(target.tagName)) return;
      event.preventDefault();
      this.keys.enter();
    }
  }
}
