/**
 * The visible message area: errors from any Result end up here, in Chinese, in a role="alert" region
 * that screen readers announce. One message at a time; the newest replaces the last.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AppErrorData } from '../../../shared/contract/result';

type Report = (error: AppErrorData | string) => void;

const MessageContext = createContext<{ message: string | null; report: Report; clear: () => void } | null>(null);

export function MessageProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const report = useCallback<Report>((error) => setMessage(typeof error === 'string' ? error : error.message), []);
  const clear = useCallback(() => setMessage(null), []);
  const value = useMemo(() => ({ message, report, clear }), [message, report, clear]);
  return <MessageContext.Provider value={value}>{children}</MessageContext.Provider>;
}

function useMessages() {
  const value = useContext(MessageContext);
  if (!value) throw new Error('useMessages outside MessageProvider');
  return value;
}

/** `report(error)` shows an error; `clear()` hides it. */
export function useReport(): { report: Report; clear: () => void } {
  const { report, clear } = useMessages();
  return { report, clear };
}

export function MessageArea() {
  const { message, clear } = useMessages();
  return (
    <div className="bd-messages" role="alert" data-testid="message">
      {message && (
        <>
          <span>{message}</span>
          <button type="button" className="bd-link" onClick={clear} aria-label="关闭提示">
            ×
          </button>
        </>
      )}
    </div>
  );
}
