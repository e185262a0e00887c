import { strict as assert } from 'node:assert';
import { contactsOf } from '../../src/features/shared/roles';
import { Group } from '../../src/domain/schedule';

describe('the coordinators people are told about', () => {
  it('are the e-mail addresses and UPNs of the schedule, never AAD object ids or Teams ids', () => {
    const group = {
      coordinators: ['carla@minbzk.nl', '6f1c0e1a-0000-4000-8000-000000000001', '29:1abcDEF', 'aad-coordinator', 'jan.jansen@gemeente.amsterdam.nl'],
    } as unknown as Group;
    assert.deepEqual(contactsOf(group), ['carla@minbzk.nl', 'jan.jansen@gemeente.amsterdam.nl']);
  });
});
