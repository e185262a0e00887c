import { strict as assert } from 'node:assert';
import { htmlToLines, messageText } from '../../src/bot/messageText';
import { looksLikePitch, parsePitchText } from '../../src/domain/pitchText';

describe('message text from a text/html attachment', () => {
  const html = '<p>1. Sport &amp; Cultuur</p><div>2. Flitsplan</div><ul><li>3. Grond</li></ul><h2>4. Regels</h2>5. Gemeenten<br>en provincies';
  it('turns block elements and <br> into lines and decodes entities', async () => {
    assert.equal(await htmlToLines(html), '1. Sport & Cultuur\n2. Flitsplan\n3. Grond\n4. Regels\n5. Gemeenten\nen provincies');
  });
  it('reads the attachment when text arrived as one line, so the paste recogniser sees the structure', async () => {
    const text = await messageText({
      text: '1. Sport & Cultuur 2. Flitsplan 3. Grond 4. Regels 5. Gemeenten en provincies',
      attachments: [{ contentType: 'text/html', content: html }],
    });
    assert.ok(looksLikePitch(text));
    assert.equal(parsePitchText(text).answers.problem, 'Sport & Cultuur');
  });
  it('keeps text that already has lines, and text without an html attachment', async () => {
    assert.equal(await messageText({ text: 'a\nb', attachments: [{ contentType: 'text/html', content: html }] }), 'a\nb');
    assert.equal(await messageText({ text: 'volgende overleg' }), 'volgende overleg');
  });
  it('gives the same lines on every call with the options compiled once', async () => {
    const first = await htmlToLines(html);
    for (let i = 0; i < 3; i++) assert.equal(await htmlToLines(html), first);
    assert.equal(await htmlToLines('<p>a</p><p>b &amp; c</p>'), 'a\nb & c');
  });
});
