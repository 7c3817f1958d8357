/**
 * Whether a mention's scope fits the taught one. Reports name the same scope relative to their
 * own level (市政府 in a city, 区政府 in a district), so scopes are compared by kind with the level
 * character dropped. A subset (其中…) never stands in for a whole, and two different named
 * scopes (市本级 vs 市政府) never stand in for each other; an unstated or jurisdiction-wide scope
 * fits anything, and the ranking prefers it (see matcher.ts).
 */
const WIDE = /^(全|各级|两级)|各级$/;

export function isWideScope(scope: string | null): boolean {
  return scope === null || WIDE.test(scope);
}

function isSubset(scope: string | null): boolean {
  return scope !== null && scope.startsWith('其中');
}

function scopeKind(scope: string): string {
  return scope.replace(/^[市区县省州旗盟镇乡]/, '');
}

export function scopeCompatible(taught: string | null | undefined, scope: string | null): boolean {
  const taughtScope = taught ?? null;
  if (isSubset(scope) !== isSubset(taughtScope)) return false;
  if (isWideScope(taughtScope) || isWideScope(scope)) return true;
  return scopeKind(taughtScope!) === scopeKind(scope!);
}
