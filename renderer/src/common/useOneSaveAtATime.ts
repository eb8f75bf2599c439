/**
 * Saves of a whole list, one at a time and in order. A grid saves its full list on every finished
 * row; a fast typist finishes the next row before the first answer is back, and two requests on
 * their way may reach the service in either order (browser mode speaks HTTP), so the older list
 * could be written last and a row silently lost. Here a save waits for the one on its way, and of
 * the saves waiting only the newest runs: it carries every row the older ones did.
 */
import { useState } from 'react';

type Job = () => Promise<unknown>;

export function createSaveQueue(): (job: Job) => Promise<void> {
  let running: Promise<void> | null = null;
  let waiting: Job | null = null;
  const drain = async () => {
    while (waiting) {
      const job = waiting;
      waiting = null;
      try {
        await job();
      } catch {
        // The job reports its own failure (its status line); the queue goes on with the next.
      }
    }
    running = null;
  };
  return (job) => {
    waiting = job;
    running ??= drain();
    return running;
  };
}

export function useOneSaveAtATime(): (job: Job) => Promise<void> {
  // One queue for the component's whole life; a lazy state initialiser makes it once, before any save.
  const [queue] = useState(createSaveQueue);
  return queue;
}
