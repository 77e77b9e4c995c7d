import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinAddress } from '../../../src/app/live-host';
import { liveServerStatus } from '../../../src/platform/live-connection';
import { qrPath } from '../../../src/ui/components/qr-code';
import { typedAddress } from '../../../src/ui/components/live-vote';

describe('the join address the projector shows', () => {
  it('is the server on the local network when the teacher opened the game on this computer', () => {
    const address = joinAddress(new URL('http://localhost:4173/?lng=ru'), [
      'http://192.168.1.5:4173/',
      'http://10.0.0.2:4173/',
    ]);
    expect(address.href).toBe('http://192.168.1.5:4173/join');
    expect(typedAddress(address)).toBe('192.168.1.5:4173/join');
  });

  it('is the page’s own origin when the teacher opened the game by its network address', () => {
    const address = joinAddress(new URL('http://crossroads.school.example:8080/play/?test=1'), [
      'http://192.168.1.5:4173/',
    ]);
    expect(address.href).toBe('http://crossroads.school.example:8080/join');
  });

  it('stays on localhost when the server was started without --host', () => {
    expect(joinAddress(new URL('http://127.0.0.1:4173/'), []).href).toBe('http://127.0.0.1:4173/join');
  });
});

describe('whether the game’s own server runs live sessions', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (status: number, body: string, type = 'application/json') =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': type } })),
    );

  it('is no on a static host: a 404, or the game’s page served for every path', async () => {
    answer(404, 'Not found', 'text/plain');
    expect(await liveServerStatus('http://school.example/')).toBeNull();
    answer(200, '<!doctype html><html></html>', 'text/html');
    expect(await liveServerStatus('http://school.example/')).toBeNull();
    answer(200, '{"something":"else"}');
    expect(await liveServerStatus('http://school.example/')).toBeNull();
  });

  it('is no when the request fails (offline)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await liveServerStatus('http://school.example/')).toBeNull();
  });

  it('is yes with the server’s status, with its network addresses when it gives them', async () => {
    answer(200, '{"sessions":0,"students":0}');
    expect(await liveServerStatus('http://localhost:4173/')).toEqual({ addresses: [] });
    answer(200, '{"live":true,"sessions":2,"addresses":["http://192.168.1.5:4173/",7]}');
    expect(await liveServerStatus('http://localhost:4173/')).toEqual({
      addresses: ['http://192.168.1.5:4173/'],
    });
  });
});

describe('the QR code of the join address', () => {
  const dark = (path: string, x: number, y: number) => path.includes(`M${x} ${y}h1v1h-1z`);

  it('has the three finder squares at their corners, inside a quiet zone of four modules', () => {
    const { size, path } = qrPath('http://192.168.1.5:4173/join?code=HA3D3F');
    const modules = size - 8;
    expect(modules % 4).toBe(1); // 21, 25, 29…: a QR version's size
    for (const [x, y] of [
      [4, 4],
      [4 + modules - 7, 4],
      [4, 4 + modules - 7],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(dark(path, x + i, y)).toBe(true);
        expect(dark(path, x, y + i)).toBe(true);
      }
      expect(dark(path, x + 1, y + 1)).toBe(false);
      expect(dark(path, x + 3, y + 3)).toBe(true);
    }
    expect(dark(path, 3, 3)).toBe(false);
  });

  it('differs with the code and is the same for the same address', () => {
    const one = qrPath('http://localhost:4173/join?code=HA3D3F');
    expect(qrPath('http://localhost:4173/join?code=HA3D3F')).toEqual(one);
    expect(qrPath('http://localhost:4173/join?code=HA3D3X').path).not.toBe(one.path);
  });
});
