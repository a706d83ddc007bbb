import type { EventStore } from '../event-store.js';

/** A freshly opened, empty store, and how to reopen it when it lives somewhere that outlasts close(). */
export interface OpenedStore {
  readonly store: EventStore;
  /** Closes `store` and opens the same store again; absent for stores that vanish on close (`:memory:`). */
  readonly reopen?: () => Promise<EventStore>;
}

/** An implementation under test: a name for test titles and a way to open an empty store. */
export interface ContractSubject {
  readonly name: string;
  open(): Promise<OpenedStore>;
}

/** Runs a test body against a new empty store and closes it afterwards (close must be idempotent). */
export async function withStore(subject: ContractSubject, body: (store: EventStore, opened: OpenedStore) => Promise<void>): Promise<void> {
  const opened = await subject.open();
  try {
    await body(opened.store, opened);
  } finally {
    await opened.store.close();
  }
}
