/**
 * What a built manifest lets the extension touch, as one flat list of grants, and the README's
 * permission tables read as the same list: so a test can hold the two to each other.
 */

/** Manifest keys that grant access; the README's second column names one of them per row. */
export const GRANT_KINDS = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
] as const;
export type GrantKind = (typeof GRANT_KINDS)[number];

/** `kind value`, e.g. 'permissions activeTab', 'content_scripts *://*.gov.cn/*'. */
export type Grant = `${GrantKind} ${string}`;

interface ManifestLike {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  web_accessible_resources?: Array<string | { resources: string[]; matches?: string[] }>;
}

const isHostPattern = (value: string) => value === '<all_urls>' || value.includes('://');

/**
 * Every grant of a manifest, MV2 and MV3 alike: MV2 lists host patterns among `permissions`
 * (WXT moves them there for Firefox MV2), so they are sorted back into the host kinds.
 */
export function manifestGrants(manifest: ManifestLike): Set<Grant> {
  const grants = new Set<Grant>();
  const add = (kind: GrantKind, values: string[] | undefined) => values?.forEach((value) => grants.add(`${kind} ${value}`));
  for (const value of manifest.permissions ?? []) add(isHostPattern(value) ? 'host_permissions' : 'permissions', [value]);
  for (const value of manifest.optional_permissions ?? []) add(isHostPattern(value) ? 'optional_host_permissions' : 'optional_permissions', [value]);
  add('host_permissions', manifest.host_permissions);
  add('optional_host_permissions', manifest.optional_host_permissions);
  for (const script of manifest.content_scripts ?? []) add('content_scripts', script.matches);
  for (const entry of manifest.web_accessible_resources ?? []) {
    // MV2 resources are open to every site; MV3 ones to their `matches`.
    add('web_accessible_resources', typeof entry === 'string' ? ['<all_urls>'] : entry.matches);
  }
  return grants;
}

export interface PermissionTable {
  /** The header row, to tell the languages apart. */
  header: string;
  grants: Set<Grant>;
  /** Rows whose first two cells are not `value` | `kind` with a known kind. */
  malformed: string[];
  /** Rows with an empty explanation cell. */
  unexplained: string[];
}

export const TABLE_START = '<!-- permissions:start -->';
export const TABLE_END = '<!-- permissions:end -->';

/**
 * The permission tables between the README's markers. Each row reads
 * `| \`value\` | \`kind\` | why | what breaks without it |`; one table per language.
 * Returns null when the markers are missing.
 */
export function readPermissionTables(markdown: string): PermissionTable[] | null {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  const tables: PermissionTable[] = [];
  let current: PermissionTable | null = null;
  for (const line of markdown.slice(start + TABLE_START.length, end).split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = trimmed.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
    if (!current) {
      current = { header: trimmed, grants: new Set(), malformed: [], unexplained: [] };
      tables.push(current);
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    const value = /^`([^`]+)`$/.exec(cells[0])?.[1];
    const kind = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1] as GrantKind | undefined;
    if (!value || !kind || !GRANT_KINDS.includes(kind)) {
      current.malformed.push(trimmed);
      continue;
    }
    current.grants.add(`${kind} ${value}`);
    if (cells.length < 4 || cells.slice(2).some((cell) => cell === '')) current.unexplained.push(trimmed);
  }
  return tables;
}
