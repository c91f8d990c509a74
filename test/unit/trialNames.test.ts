import * as assert from 'node:assert/strict';
import { texts } from './helpers';

describe('trial names that look like codes', () => {
  it('are no drug codes where the release only ever calls them trials', () => {
    assert.deepEqual(texts('Data from the Phase 3 EV-301 trial and the HALO-101 pivotal study were presented.', 'drug-code'), []);
    assert.deepEqual(texts('A Phase 3 confirmatory trial, HALO-301, is ongoing. Enrolment in the study (MIRA-302) is complete.', 'drug-code'), []);
  });

  it('stay drug codes where the release also names them otherwise', () => {
    assert.deepEqual(texts('The HALO-101 trial read out. HALO-101 is an oral SHP2 inhibitor.', 'drug-code'), ['HALO-101', 'HALO-101']);
    // A drug's own trial, with its phase between: "the ACE-083 Phase 2 trial".
    assert.deepEqual(texts('Results of the ACE-083 Phase 2 trial were positive.', 'drug-code'), ['ACE-083']);
    // Codes of four digits are not how trials are numbered.
    assert.deepEqual(texts('Results of the NWT-4417 study were positive.', 'drug-code'), ['NWT-4417']);
    // "In the study, VX-121 showed …": a clause, not a name set off.
    assert.deepEqual(texts('In the Phase 1 study, VX-121 showed responses.', 'drug-code'), ['VX-121']);
  });

  it('are study numbers after a cooperative group', () => {
    assert.deepEqual(texts('The ECOG-ACRIN E1912 study and the SWOG S1826 study are independent of NWT-101.', 'drug-code'), ['NWT-101']);
  });
});
