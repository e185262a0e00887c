import { PITCH_QUESTIONS } from '../domain/pitches';
import { BundleView } from '../present/cards/bundleCards';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const paragraphs = (s: string) =>
  escape(s)
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');

/** The bundle as a printable page for the meeting documents. Pure; every user text is escaped. */
export function bundleHtml(v: BundleView, lang: 'nl' | 'en'): string {
  const pitches = v.pitches
    .map(
      (p) => `<section class="pitch">
  <h2>${escape(p.heading)}</h2>
  <p class="meta${p.late ? ' late' : ''}">${escape(p.submitted)}</p>
  ${p.lead ? `<p class="lead${p.lead.flagged ? ' flagged' : ''}">${escape(p.lead.text)}</p>` : ''}
  ${PITCH_QUESTIONS.map((q) => `<h3>${escape(v.questions[q])}</h3>${paragraphs(p.answers[q])}`).join('\n  ')}
</section>`,
    )
    .join('\n');
  const asks = v.asks.length
    ? `<table><thead><tr><th></th><th>${escape(v.needsLabel)}</th><th>${escape(v.whomLabel)}</th></tr></thead><tbody>${v.asks
        .map((a) => `<tr><th>${escape(a.theme)}</th><td>${paragraphs(a.needs)}</td><td>${paragraphs(a.whom)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const missing = v.missing.length ? `<ul>${v.missing.map((m) => `<li>${escape(m)}</li>`).join('')}</ul>` : `<p>${escape(v.nothingMissing)}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${escape(v.title)}</title>
<style>
  body { font: 11pt/1.45 "Segoe UI", Arial, sans-serif; max-width: 48em; margin: 2em auto; color: #1b1b1b; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-bottom: .2em; } h3 { font-size: 11pt; margin: 1em 0 .2em; }
  .meta { color: #555; margin-top: 0; } .late { color: #a4262c; }
  .lead { color: #555; margin-top: 0; } .lead.flagged { color: #a4262c; font-weight: bold; }
  section.pitch { border-top: 1px solid #ccc; padding-top: .5em; margin-top: 1.5em; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccc; padding: .4em; vertical-align: top; text-align: left; }
  @media print { body { margin: 0; max-width: none; } section.pitch { break-inside: avoid-page; } }
</style>
</head>
<body>
<h1>${escape(v.title)}</h1>
${pitches}
<section><h2>${escape(v.asksTitle)}</h2>${asks}</section>
<section><h2>${escape(v.missingTitle)}</h2>${missing}</section>
</body>
</html>
`;
}
