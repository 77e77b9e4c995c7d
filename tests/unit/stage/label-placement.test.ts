import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../src/stage/label-placement';

const label = (id: string, x: number, y: number, width = 60, height = 16): LabelRequest => ({
  id,
  x,
  y,
  width,
  height,
});

function boxes(requests: LabelRequest[]) {
  return placeLabels(requests).map((placed) => {
    const request = requests.find((r) => r.id === placed.id)!;
    const left = request.x + placed.dx;
    const top = request.y + placed.dy;
    return { id: placed.id, left, top, right: left + request.width, bottom: top + request.height };
  });
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    expect(placeLabels([label('baku', 100, 100)])).toEqual([{ id: 'baku', dx: 7, dy: -8 }]);
  });

  it('keeps crowded labels from overlapping one another', () => {
    const crowd = [
      label('mozdok', 100, 100),
      label('grozny', 110, 106),
      label('vladikavkaz', 102, 112),
      label('makhachkala', 130, 110),
    ];
    const placed = boxes(crowd);
    expect(placed.length).toBeGreaterThanOrEqual(2);
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  });

  it('drops the least important label first when there is no room', () => {
    const stacked = [label('first', 100, 100), label('second', 100, 100), label('third', 100, 100)];
    const ids = placeLabels(stacked).map((placed) => placed.id);
    expect(ids[0]).toBe('first');
    expect(ids).not.toContain('third');
  });

  it('avoids other markers when there is a free spot', () => {
    const placed = boxes([label('a', 100, 100), label('b', 120, 100)]);
    const a = placed.find((box) => box.id === 'a')!;
    expect(a.right <= 114 || a.left >= 126 || a.bottom <= 94 || a.top >= 106).toBe(true);
  });

  it('lets an important label cover a less important marker rather than vanish', () => {
    const ring = [
      label('centre', 100, 100),
      label('east', 130, 100, 10, 10),
      label('west', 70, 100, 10, 10),
      label('north', 100, 80, 10, 10),
      label('south', 100, 120, 10, 10),
      label('ne', 120, 80, 10, 10),
      label('se', 120, 120, 10, 10),
      label('nw', 80, 80, 10, 10),
      label('sw', 80, 120, 10, 10),
    ];
    expect(placeLabels(ring).map((placed) => placed.id)).toContain('centre');
  });
});
