/**
 * Finding a person by what the clerk types: characters of the name (游文, 文慧), pinyin initials of
 * the name (ywh, yw), full pinyin (youwenhui, youw), or the department (民政厅 → its people). Pure and
 * shared: the roster workbench and the attendance entry (issue 4b) rank candidates the same way.
 *
 * Polyphonic characters: the initials accept the reading pinyin-pro gives in surname mode (曾 → z)
 * and every other reading of the character (曾 → c), so either typing finds the person.
 */
import { pinyin } from 'pinyin-pro';
import type { Department, Person } from './types';

/** How well a person matches; lower ranks first. */
export const MATCH_RANK = {
  exactName: 0,
  namePrefix: 1,
  exactInitials: 2,
  initialsPrefix: 3,
  nameContains: 4,
  pinyinPrefix: 5,
  department: 6,
} as const;

export type MatchKind = keyof typeof MATCH_RANK;

export interface PersonMatch {
  kind: MatchKind;
  rank: number;
}

interface NameKeys {
  /** Per character, every initial it may be typed with (lower case). */
  initials: string[][];
  /** The full pinyin in surname mode, without spaces or tones. */
  full: string;
}

const keyCache = new Map<string, NameKeys>();
const KEY_CACHE_LIMIT = 5000;

function initialsOf(char: string, preferred: string | undefined): string[] {
  const all = pinyin(char, { pattern: 'first', toneType: 'none', type: 'array', multiple: true });
  const set = new Set<string>();
  if (preferred) set.add(preferred.toLowerCase());
  for (const value of all) if (value) set.add(value.toLowerCase());
  // A character pinyin-pro does not know (Latin letters, digits) stands for itself.
  if (set.size === 0 || !/^[a-z]+$/.test([...set].join(''))) set.add(char.toLowerCase());
  return [...set];
}

function nameKeys(name: string): NameKeys {
  const cached = keyCache.get(name);
  if (cached) return cached;
  const chars = Array.from(name);
  const preferred = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' });
  const full = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase();
  const keys: NameKeys = {
    // pinyin-pro gives one entry per character for Chinese names; if it ever does not, fall back per char.
    initials: chars.map((char, i) => initialsOf(char, preferred.length === chars.length ? preferred[i] : undefined)),
    full,
  };
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(name, keys);
  return keys;
}

/** Normalises what was typed: trimmed, no inner spaces, lower case. '' means "no query". */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, '').toLowerCase();
}

function initialsMatch(keys: NameKeys, query: string): 'exact' | 'prefix' | null {
  if (!/^[a-z]+$/.test(query) || query.length > keys.initials.length) return null;
  for (let i = 0; i < query.length; i += 1) {
    if (!keys.initials[i]!.includes(query[i]!)) return null;
  }
  return query.length === keys.initials.length ? 'exact' : 'prefix';
}

/**
 * Does `person` (of `department`) match what was typed? Null when not; an empty query matches
 * everyone with the lowest rank so a list can show the whole roster.
 */
export function matchPerson(
  person: Pick<Person, 'name'>,
  department: Pick<Department, 'name' | 'fullName'> | undefined,
  query: string,
): PersonMatch | null {
  const q = normalizeQuery(query);
  const found = (kind: MatchKind): PersonMatch => ({ kind, rank: MATCH_RANK[kind] });
  if (q === '') return found('department');
  const name = person.name.toLowerCase();
  if (name === q) return found('exactName');
  if (name.startsWith(q)) return found('namePrefix');
  const keys = nameKeys(person.name);
  const initials = initialsMatch(keys, q);
  if (initials === 'exact') return found('exactInitials');
  if (initials === 'prefix') return found('initialsPrefix');
  if (name.includes(q)) return found('nameContains');
  if (q.length >= 2 && /^[a-z]+$/.test(q) && keys.full.startsWith(q)) return found('pinyinPrefix');
  if (department && (department.name.includes(q) || (department.fullName !== '' && department.fullName.includes(q)))) {
    return found('department');
  }
  return null;
}

/**
 * The people matching `query`, best first; ties keep the given order (pass them in roster order).
 * `limit` cuts the list after ranking.
 */
export function searchPeople<P extends Pick<Person, 'name' | 'departmentId'>>(
  people: readonly P[],
  departments: readonly Pick<Department, 'id' | 'name' | 'fullName'>[],
  query: string,
  limit = Number.POSITIVE_INFINITY,
): P[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const ranked: { person: P; rank: number; index: number }[] = [];
  people.forEach((person, index) => {
    const match = matchPerson(person, byId.get(person.departmentId), query);
    if (match) ranked.push({ person, rank: match.rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.slice(0, limit).map((r) => r.person);
}
