import { describe } from 'node:test';
import { registerIncidentTests } from './contract-incidents.js';
import { registerQueryTests } from './contract-queries.js';
import { registerRecodeTests } from './contract-recode.js';
import { registerSavingTests } from './contract-saving.js';
import type { ContractSubject } from './contract-subject.js';

export type { ContractSubject, OpenedStore } from './contract-subject.js';

/**
 * The behaviour every EventStore must have, written once and registered as node:test tests for
 * each implementation: `runEventStoreContract({ name: 'sqlite', open })`.
 */
export function runEventStoreContract(subject: ContractSubject): void {
  describe(`EventStore contract: ${subject.name}`, () => {
    registerSavingTests(subject);
    registerIncidentTests(subject);
    registerQueryTests(subject);
    registerRecodeTests(subject);
  });
}
