/**
 * Names against the roster. A department written almost like a roster name — one character changed,
 * missing or added (`住房城多建设厅`), or shortened keeping its first and last character
 * (`省市监局` for 省市场监管局) — and a roster person named with another title than the roster's.
 * Reported only: a near name may be another body, a title may have changed since the roster.
 */
import type { ProofreadContext, RosterDepartment, RosterPerson, Rule, RuleHit } from '../types';

/** Names shorter than this are too common as plain words to guess at (省中心, 财政厅 vs 民政厅). */
const MIN_NEAR_LENGTH = 4;

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Levenshtein distance ≤ 1, in one linear pass. */
function oneEditAway(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

interface DepartmentIndex {
  names: Set<string>;
  /** Printed names by the char code of their last character. */
  byLast: Map<number, string[]>;
  /** The lengths of roster names, longest first: the only substrings worth looking up. */
  lengths: number[];
}

const indexCache = new WeakMap<readonly RosterDepartment[], DepartmentIndex>();

function departmentIndex(departments: readonly RosterDepartment[]): DepartmentIndex {
  const cached = indexCache.get(departments);
  if (cached) return cached;
  const names = new Set<string>();
  const byLast = new Map<number, string[]>();
  for (const d of departments) {
    for (const name of [d.name, d.fullName]) if (name) names.add(name);
    if (!d.name) continue;
    const last = d.name.charCodeAt(d.name.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), d.name]);
  }
  const lengths = [...new Set([...names].map((name) => name.length))].filter((n) => n >= 2).sort((a, b) => b - a);
  const index = { names, byLast, lengths };
  indexCache.set(departments, index);
  return index;
}

/**
 * What any near miss of `name` starting at `start` must have, checked without cutting the text: one
 * edit leaves the first character in place, or (edited at the start) the second; a shortened name
 * keeps its first. So text[start] or text[start + 1] is name[0] or name[1].
 */
function mayBeNear(text: string, start: number, name: string): boolean {
  const a = text[start];
  const b = text[start + 1];
  return a === name[0] || a === name[1] || b === name[0] || b === name[1];
}

function nearMiss(candidate: string, name: string): boolean {
  if (name.length < MIN_NEAR_LENGTH || candidate.length < MIN_NEAR_LENGTH) return false;
  if (oneEditAway(candidate, name)) return true;
  return candidate.length >= name.length - 2 && candidate[0] === name[0] && isSubsequence(candidate, name);
}

export const departmentRule: Rule = {
  id: 'department',
  auto: false,
  roles: ['paragraph', 'numberedParagraph', 'heading', 'cell', 'closing'],
  find(text, _role, context: ProofreadContext) {
    const departments = context.departments ?? [];
    if (departments.length === 0) return [];
    const index = departmentIndex(departments);
    const hits: RuleHit[] = [];
    let coveredUntil = -1; // an exact roster name covers its characters
    for (let end = 1; end <= text.length; end++) {
      const names = index.byLast.get(text.charCodeAt(end - 1));
      if (!names) continue;
      let exact = false;
      for (const length of index.lengths) {
        if (length > end) continue;
        if (index.names.has(text.slice(end - length, end))) {
          exact = true;
          coveredUntil = end;
          break;
        }
      }
      if (exact || end <= coveredUntil) continue;
      let found: { start: number; name: string } | null = null;
      for (const name of names) {
        for (let length = name.length + 1; length >= Math.max(MIN_NEAR_LENGTH, name.length - 2) && !found; length--) {
          if (length > end) continue;
          if (!mayBeNear(text, end - length, name)) continue;
          const candidate = text.slice(end - length, end);
          if (nearMiss(candidate, name)) found = { start: end - length, name };
        }
        if (found) break;
      }
      if (found) hits.push({ start: found.start, end, message: `名册中没有“${text.slice(found.start, end)}”，是否为“${found.name}”？` });
    }
    return hits;
  },
};

/** How far before a person's name their department may stand with a title between (商务厅党组成员、副厅长尹奇志). */
const TITLE_WINDOW = 24;

/** People by the char codes of their name's first two characters (no string cut per position). */
type PeopleIndex = Map<number, Map<number, RosterPerson[]>>;
const peopleCache = new WeakMap<readonly RosterPerson[], PeopleIndex>();

/** The roster's people who can be checked: a name of two or more characters, a title and a department. */
function peopleIndex(people: readonly RosterPerson[]): PeopleIndex {
  const cached = peopleCache.get(people);
  if (cached) return cached;
  const index: PeopleIndex = new Map();
  for (const person of people) {
    if (person.name.length < 2 || !person.title || !person.department) continue;
    const first = person.name.charCodeAt(0);
    const second = person.name.charCodeAt(1);
    const inner = index.get(first) ?? new Map<number, RosterPerson[]>();
    inner.set(second, [...(inner.get(second) ?? []), person]);
    index.set(first, inner);
  }
  peopleCache.set(people, index);
  return index;
}

export const titleRule: Rule = {
  id: 'title',
  auto: false,
  roles: ['paragraph', 'numberedParagraph', 'heading', 'cell', 'generated'],
  find(text, _role, context) {
    const hits: RuleHit[] = [];
    const byStart = peopleIndex(context.people ?? []);
    for (let at = 0; at + 1 < text.length; at++) {
      const people = byStart.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1));
      if (!people) continue;
      for (const person of people) {
        if (!text.startsWith(person.name, at)) continue;
        const window = text.slice(Math.max(0, at - TITLE_WINDOW), at);
        const d = window.lastIndexOf(person.department);
        if (d === -1) continue;
        const titleStart = at - window.length + d + person.department.length;
        const written = text.slice(titleStart, at);
        if (written === '' || /[，。；：！？\s]/.test(written) || written === person.title) continue;
        hits.push({
          start: titleStart,
          end: at,
          replacement: person.title,
          message: `名册中${person.department}${person.name}的职务是“${person.title}”`,
        });
      }
    }
    return hits;
  },
};
