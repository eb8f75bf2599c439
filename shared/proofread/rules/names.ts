/**
 * Names against the roster. A department written almost like a roster name — one character changed,
 * missing or added (`住房城多建设厅`), or shortened keeping its first and last character
 * (`省市监局` for 省市场监管局) — and a roster person named with another title than the roster's.
 * Reported only: a near name may be another body, a title may have changed since the roster.
 */
import type { ProofreadContext, RosterDepartment, Rule, RuleHit } from '../types';

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
  /** Printed names by their last character. */
  byLast: Map<string, string[]>;
  maxLength: number;
}

const indexCache = new WeakMap<readonly RosterDepartment[], DepartmentIndex>();

function departmentIndex(departments: readonly RosterDepartment[]): DepartmentIndex {
  const cached = indexCache.get(departments);
  if (cached) return cached;
  const names = new Set<string>();
  const byLast = new Map<string, string[]>();
  let maxLength = 0;
  for (const d of departments) {
    for (const name of [d.name, d.fullName]) {
      if (!name) continue;
      names.add(name);
      maxLength = Math.max(maxLength, name.length);
    }
    const last = d.name.slice(-1);
    byLast.set(last, [...(byLast.get(last) ?? []), d.name]);
  }
  const index = { names, byLast, maxLength };
  indexCache.set(departments, index);
  return index;
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
      const names = index.byLast.get(text[end - 1] ?? '');
      if (!names) continue;
      let exact = false;
      for (let length = Math.min(index.maxLength, end); length >= 2; length--) {
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

export const titleRule: Rule = {
  id: 'title',
  auto: false,
  roles: ['paragraph', 'numberedParagraph', 'heading', 'cell', 'generated'],
  find(text, _role, context) {
    const hits: RuleHit[] = [];
    for (const person of context.people ?? []) {
      if (person.name.length < 2 || !person.title || !person.department) continue;
      for (let at = text.indexOf(person.name); at !== -1; at = text.indexOf(person.name, at + 1)) {
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
