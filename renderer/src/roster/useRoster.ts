/**
 * The roster as the workbench holds it: every department and every person (inactive ones too), loaded
 * from main and reloaded after each change. `run` calls a channel and turns a refusal into the
 * message the workbench shows, so every action reports its Chinese error the same way.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/contract/result';
import type { Department, Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';

export interface RosterState {
  departments: Department[];
  people: Person[];
  loaded: boolean;
  error: string | null;
  notice: string | null;
  setNotice(text: string | null): void;
  reload(): Promise<void>;
  /** Runs a call; on success reloads the roster and answers the value, on failure shows the message. */
  run<T>(call: () => Promise<Result<T>>, notice?: string): Promise<T | null>;
}

export function useRoster(): RosterState {
  const api = useApi();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Set in `.then`, not after `await`: the hooks lint takes the latter for a setState in the effect (react#34905).
  const reload = useCallback(
    () =>
      Promise.all([api['roster.listDepartments']({}), api['roster.listPeople']({ includeInactive: true })]).then(([d, p]) => {
        if (!d.ok) setError(d.error.message);
        else if (!p.ok) setError(p.error.message);
        else {
          setDepartments(d.value);
          setPeople(p.value);
        }
        setLoaded(true);
      }),
    [api],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = useCallback(
    async <T>(call: () => Promise<Result<T>>, success?: string): Promise<T | null> => {
      const result = await call();
      if (!result.ok) {
        setError(result.error.message);
        setNotice(null);
        return null;
      }
      setError(null);
      setNotice(success ?? null);
      await reload();
      return result.value;
    },
    [reload],
  );

  return { departments, people, loaded, error, notice, setNotice, reload, run };
}
