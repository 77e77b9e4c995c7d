/** The chapters a `?chapters=` list asks for, in the campaign's order, and the ids in it that name no chapter. */
export interface RequestedPlan {
  /** The known chapters asked for; undefined plays every chapter (nothing asked, or nothing known asked). */
  chapters: string[] | undefined;
  unknown: string[];
}

export function requestedPlan(
  campaign: readonly string[],
  requested: readonly string[] | null,
): RequestedPlan {
  if (!requested) return { chapters: undefined, unknown: [] };
  const asked = new Set(requested);
  const chapters = campaign.filter((id) => asked.has(id));
  const unknown = [...asked].filter((id) => !campaign.includes(id));
  return { chapters: chapters.length ? chapters : undefined, unknown };
}
