/**
 * Semver impact of a catalog change on the consumers of the generated package, and the severity
 * the changelog files it under. Severity is a function of impact so the two can never disagree.
 */
export type SemverImpact = "major" | "minor" | "patch" | "none";
export type ChangeImpact = Exclude<SemverImpact, "none">;

/** breaking: can break a consumer; addition: non-breaking new or relaxed capability (also deprecations); description: documentation only. */
export type Severity = "breaking" | "addition" | "description";

const rank: Record<SemverImpact, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export const severityOf = (impact: ChangeImpact): Severity =>
  impact === "major" ? "breaking" : impact === "minor" ? "addition" : "description";

export const maxImpact = (impacts: Iterable<SemverImpact>): SemverImpact => {
  let out: SemverImpact = "none";
  for (const i of impacts) if (rank[i] > rank[out]) out = i;
  return out;
};

/** Higher impact first: the order in which the changelog lists services and changes. */
export const compareImpactDesc = (a: SemverImpact, b: SemverImpact) => rank[b] - rank[a];
