#include "html_page.h"

namespace finex::cli::html_page {

const char* const kStyle = R"(
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
.page { display: flex; flex-direction: column; padding: 0 1.5em 3em; }
.overview { order: 1; } .documents { order: 2; }
h1 { font-size: 1.5em; margin: .8em 0 .3em; } h2 { font-size: 1.2em; margin: 1.2em 0 .4em; }
.summary { display: flex; gap: 2em; flex-wrap: wrap; }
.summary div { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .4em .9em; }
.summary b { display: block; font-size: 1.4em; }
.filters { display: flex; gap: 1em; flex-wrap: wrap; align-items: end; margin: .6em 0; }
.filters label { display: flex; flex-direction: column; font-size: .85em; color: #555; }
table { border-collapse: collapse; background: #fff; width: 100%; }
.table { overflow-x: auto; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; cursor: pointer; user-select: none; white-space: nowrap; }
th[aria-sort=ascending]::after { content: " \25B2"; } th[aria-sort=descending]::after { content: " \25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td:nth-child(9) { white-space: nowrap; }
.pager { margin: .5em 0; display: flex; gap: .8em; align-items: center; }
.legend span { margin-right: .8em; padding: 0 .3em; }
.doc { background: #fff; border: 1px solid #ddd; border-radius: 4px; margin: 1em 0; padding: 0 1em;
       content-visibility: auto; contain-intrinsic-size: auto 30em; }
.doc h3 { font-size: 1em; margin: .6em 0; word-break: break-all; }
.lang { color: #666; font-weight: normal; }
pre.text { white-space: pre-wrap; word-wrap: break-word; font: inherit; }
.s { border-bottom: 2px dotted #999; }
.h-party { background: #cfe3ff; } .h-authority { background: #ffd9b3; } .h-amount { background: #b8f0c2; }
.h-date { background: #f3d1f5; } .h-trigger { background: #fff27a; font-weight: 600; }
a.anchor:target::after { content: "\25B6 fine"; background: #d33; color: #fff; padding: 0 .3em;
                         border-radius: 3px; font-size: .8em; margin-right: .3em; }
.errors li, .quiet li { word-break: break-all; }
)";

const char* const kScript = R"(
(() => {
  const data = JSON.parse(document.getElementById('finex-data').textContent);
  const docs = data.documents, fines = data.fines, $ = id => document.getElementById(id);
  const columns = ['document', 'language', 'kind', 'entity', 'authority', 'country', 'amount',
                   'currency', 'date', 'confidence'];
  const PAGE = 200, state = {key: null, dir: 1, page: 0};
  const cell = (f, c) => c === 'document' ? docs[f.d][0] : c === 'language' ? docs[f.d][1] : f[c];
  const order = (f, c) => c === 'amount' ? f.value : c === 'confidence' ? f.confidence
                                                   : String(cell(f, c) ?? '').toLowerCase();
  function visible() {
    const text = $('f-text').value.trim().toLowerCase(), lang = $('f-lang').value;
    const kind = $('f-kind').value, min = parseFloat($('f-conf').value) || 0;
    const rows = fines.filter(f => (!lang || docs[f.d][1] === lang) && (!kind || f.kind === kind) &&
      f.confidence >= min && (!text || columns.some(c => String(cell(f, c) ?? '').toLowerCase().includes(text))));
    if (state.key) rows.sort((a, b) => {
      const x = order(a, state.key), y = order(b, state.key);
      return (x < y ? -1 : x > y ? 1 : 0) * state.dir;
    });
    return rows;
  }
  function render() {
    const rows = visible(), pages = Math.max(1, Math.ceil(rows.length / PAGE));
    state.page = Math.max(0, Math.min(state.page, pages - 1));
    const body = $('fine-rows');
    body.replaceChildren();
    for (const f of rows.slice(state.page * PAGE, (state.page + 1) * PAGE)) {
      const tr = body.insertRow();
      for (const c of columns) {
        const td = tr.insertCell();
        if (c === 'document') {
          const a = document.createElement('a');
          a.href = '#d' + f.d + '-f' + f.f;
          a.textContent = docs[f.d][0];
          td.append(a);
        } else {
          td.textContent = cell(f, c) ?? '';
        }
        if (c === 'amount' || c === 'confidence') td.className = 'num';
      }
    }
    $('f-count').textContent = rows.length + ' of ' + fines.length + ' fines, page ' + (state.page + 1) +
                               ' of ' + pages;
    $('f-prev').disabled = state.page === 0;
    $('f-next').disabled = state.page >= pages - 1;
  }
  for (const th of document.querySelectorAll('#fines th[data-key]'))
    th.addEventListener('click', () => {
      state.dir = state.key === th.dataset.key ? -state.dir : 1;
      state.key = th.dataset.key;
      for (const other of document.querySelectorAll('#fines th')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      render();
    });
  for (const id of ['f-text', 'f-lang', 'f-kind', 'f-conf'])
    $(id).addEventListener('input', () => { state.page = 0; render(); });
  $('f-prev').addEventListener('click', () => { state.page--; render(); });
  $('f-next').addEventListener('click', () => { state.page++; render(); });
  const choices = (id, values) => {
    for (const v of [...new Set(values)].filter(v => v).sort()) $(id).append(new Option(v, v));
  };
  choices('f-lang', docs.map(d => d[1]));
  choices('f-kind', fines.map(f => f.kind));
  render();
})();
)";

}  // namespace finex::cli::html_page
