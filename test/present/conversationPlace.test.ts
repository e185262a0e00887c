import { strict as assert } from 'node:assert';
import { conversationPlace } from '../../src/present/conversationPlace';
import { messagesFor } from '../../src/i18n/catalogue';

describe('a conversation named as people know it (never an id)', () => {
  const nl = messagesFor('nl');
  const en = messagesFor('en');
  it('names a channel by its name and team, or says neutrally what is known', () => {
    assert.equal(conversationPlace('channel', { channel: 'Planning', team: 'Halsema' }, nl), 'het kanaal Planning van team Halsema');
    assert.equal(conversationPlace('channel', { channel: 'Planning', team: 'Halsema' }, en), 'the channel Planning of team Halsema');
    assert.equal(conversationPlace('channel', { team: 'Halsema' }, nl), 'een kanaal van team Halsema');
    assert.equal(conversationPlace('channel', { team: 'Halsema' }, en), 'a channel of team Halsema');
    assert.equal(conversationPlace('channel', undefined, nl), 'een kanaal');
    assert.equal(conversationPlace('channel', { general: true, team: 'Halsema' }, nl), 'het kanaal Algemeen van team Halsema');
    assert.equal(conversationPlace('channel', { general: true, team: 'Halsema' }, en), 'the General channel of team Halsema');
  });
  it('names personal and group chats', () => {
    assert.equal(conversationPlace('personal', { person: 'Sanne de Vries' }, nl), 'de persoonlijke chat met Sanne de Vries');
    assert.equal(conversationPlace('personal', undefined, en), 'a personal chat');
    assert.equal(conversationPlace('groupChat', { chat: 'Trekkers' }, en), 'the group chat Trekkers');
    assert.equal(conversationPlace('groupChat', {}, nl), 'een groepschat');
  });
  it('never shows a Teams id stored where a name should be', () => {
    for (const id of ['19:sg-channel@thread.tacv2', '29:1abc', 'a:1xyz', '8:orgid:5', '00000000-0000-0000-0000-000000000001']) {
      const all = [
        conversationPlace('channel', { channel: id, team: id }, nl),
        conversationPlace('personal', { person: id }, nl),
        conversationPlace('groupChat', { chat: id }, en),
      ];
      for (const text of all) assert.ok(!text.includes(id), `${id} in "${text}"`);
    }
  });
});
