export interface LabelRequest {
  id: string;
  /** The marker's position on screen. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Offset of the label's top-left corner from its marker, in screen pixels. */
  dx: number;
  dy: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 7;
const MARKER_RADIUS = 6;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places map labels so that none overlaps another label or a marker: each label tries right, left,
 * above and below its marker, in that order; a label with no free spot is left out.
 * Requests come in priority order, so the places that matter most keep their labels.
 */
export function placeLabels(requests: LabelRequest[]): PlacedLabel[] {
  const markers: Box[] = requests.map((r) => ({
    left: r.x - MARKER_RADIUS,
    top: r.y - MARKER_RADIUS,
    right: r.x + MARKER_RADIUS,
    bottom: r.y + MARKER_RADIUS,
  }));
  const labels: Box[] = [];
  const placed: PlacedLabel[] = [];
  requests.forEach((request, index) => {
    const { width, height } = request;
    const candidates = [
      { dx: GAP, dy: -height / 2 },
      { dx: -GAP - width, dy: -height / 2 },
      { dx: -width / 2, dy: -GAP - height },
      { dx: -width / 2, dy: GAP },
      { dx: GAP / 2, dy: -GAP / 2 - height },
      { dx: GAP / 2, dy: GAP / 2 },
      { dx: -GAP / 2 - width, dy: -GAP / 2 - height },
      { dx: -GAP / 2 - width, dy: GAP / 2 },
    ];
    const boxOf = (candidate: { dx: number; dy: number }) => ({
      left: request.x + candidate.dx,
      top: request.y + candidate.dy,
      right: request.x + candidate.dx + width,
      bottom: request.y + candidate.dy + height,
    });
    // First look for a spot clear of every marker; failing that, one that covers only less important markers.
    const strict = [...labels, ...markers.filter((_, i) => i !== index)];
    const lenient = [...labels, ...markers.slice(0, index)];
    for (const obstacles of [strict, lenient]) {
      const spot = candidates.find((candidate) => !obstacles.some((box) => overlaps(boxOf(candidate), box)));
      if (!spot) continue;
      labels.push(boxOf(spot));
      placed.push({ id: request.id, ...spot });
      return;
    }
  });
  return placed;
}
