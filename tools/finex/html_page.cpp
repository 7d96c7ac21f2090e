#include "html_page.h"

#include <string>

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
td.nowrap { white-space: nowrap; }
.pager { margin: .5em 0; display: flex; gap: .8em; align-items: center; }
.legend span { margin-right: .8em; padding: 0 .3em; }
.doc { background: #fff; border: 1px solid #ddd; border-radius: 4px; margin: 1em 0; padding: 0 1em; }
.doc h3 { font-size: 1em; margin: .6em 0; word-break: break-all; }
.lang { color: #666; font-weight: normal; }
pre.text { white-space: pre-wrap; word-wrap: break-word; font: inherit; }
.s { border-bottom: 2px dotted #999; }
.h-party { background: #cfe3ff; } .h-authority { background: #ffd9b3; } .h-amount { background: #b8f0c2; }
.h-date { background: #f3d1f5; } .h-trigger { background: #fff27a; font-weight: 600; }
a.anchor:target::after, a.anchor.target::after { content: "\25B6 fine"; background: #d33; color: #fff; padding: 0 .3em;
                         border-radius: 3px; font-size: .8em; margin-right: .3em; }
.errors li, .quiet li, td.list { word-break: break-all; }
td.list { white-space: pre-line; }
)";

std::string head(std::string_view title) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         std::string(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<div class=\"page\">\n";
}

std::string tail(std::initializer_list<const char*> scripts) {
  std::string html = "</div>\n";
  for (const char* script : scripts) html += std::string("<script>") + script + "</script>\n";
  return html + "</body>\n</html>\n";
}

const char* const kTableScript = R"(
(() => {
  const data = JSON.parse(document.getElementById('finex-data').textContent);
  const columns = data.columns, all = data.rows, $ = id => document.getElementById(id);
  const PAGE = 200, state = {column: null, dir: 1, page: 0};
  const shown = (r, c) => String(r[c.key] ?? '');
  const order = (r, c) => c.number ? (r[c.order_by] ?? -1) : shown(r, c).toLowerCase();
  function visible() {
    const needle = $('f-text').value.trim().toLowerCase();
    const filters = columns.filter(c => c.choose || c.at_least).map(c => {
      const value = $('f-' + c.key).value;
      return c.choose ? r => !value || shown(r, c) === value
                      : r => (r[c.order_by] ?? 0) >= (parseFloat(value) || 0);
    });
    const rows = all.filter(r => filters.every(keep => keep(r)) &&
      (!needle || columns.some(c => shown(r, c).toLowerCase().includes(needle))));
    if (state.column) rows.sort((a, b) => {
      const x = order(a, state.column), y = order(b, state.column);
      return (x < y ? -1 : x > y ? 1 : 0) * state.dir;
    });
    return rows;
  }
  function render() {
    const rows = visible(), pages = Math.max(1, Math.ceil(rows.length / PAGE));
    state.page = Math.max(0, Math.min(state.page, pages - 1));
    const body = $('row-list');
    body.replaceChildren();
    for (const r of rows.slice(state.page * PAGE, (state.page + 1) * PAGE)) {
      const tr = body.insertRow();
      columns.forEach((c, i) => {
        const td = tr.insertCell();
        if (i === 0 && r.href) {
          const a = document.createElement('a');
          a.href = r.href;
          a.textContent = shown(r, c);
          td.append(a);
        } else {
          td.textContent = shown(r, c);
        }
        if (c.number) td.className = 'num';
        else if (c.key === 'date') td.className = 'nowrap';
        else if (c.key === 'documents') td.className = 'list';
      });
    }
    $('f-count').textContent = rows.length + ' of ' + all.length + ' ' + data.rows_are + ', page ' +
                               (state.page + 1) + ' of ' + pages;
    $('f-prev').disabled = state.page === 0;
    $('f-next').disabled = state.page >= pages - 1;
  }
  for (const th of document.querySelectorAll('#rows th[data-key]'))
    th.addEventListener('click', () => {
      const column = columns.find(c => c.key === th.dataset.key);
      state.dir = state.column === column ? -state.dir : 1;
      state.column = column;
      for (const other of document.querySelectorAll('#rows th')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      render();
    });
  for (const c of columns.filter(c => c.choose)) {
    const values = [...new Set(all.map(r => shown(r, c)))].filter(v => v).sort();
    for (const v of values) $('f-' + c.key).append(new Option(v, v));
  }
  for (const input of document.querySelectorAll('.filters input, .filters select'))
    input.addEventListener('input', () => { state.page = 0; render(); });
  $('f-prev').addEventListener('click', () => { state.page--; render(); });
  $('f-next').addEventListener('click', () => { state.page++; render(); });
  render();
})();
)";

const char* const kDocumentsScript = R"(
(() => {
  const texts = document.querySelectorAll('script.finex-doc'), $ = id => document.getElementById(id);
  const PAGE = 20, pages = Math.max(1, Math.ceil(texts.length / PAGE));
  let current = -1;
  function view(n, d) {
    const article = document.createElement('article'), title = document.createElement('h3');
    const language = document.createElement('span'), pre = document.createElement('pre');
    article.className = 'doc';
    article.id = 'd' + n;
    language.className = 'lang';
    language.textContent = d.language + ', ' + d.fines + (d.fines === 1 ? ' fine' : ' fines');
    title.append(d.name + ' ', language);
    pre.className = 'text';
    let at = 0, next = 0;
    const anchors_to = end => {
      for (; next < d.anchors.length && d.anchors[next][0] <= end; next++) {
        const a = document.createElement('a');
        a.className = 'anchor';
        a.id = 'd' + n + '-f' + d.anchors[next][1];
        pre.append(a);
      }
    };
    for (let k = 0; k < d.pieces.length; k += 2) {
      anchors_to(at);
      const text = d.text.slice(at, d.pieces[k]);
      if (d.pieces[k + 1]) {
        const span = document.createElement('span');
        span.className = d.pieces[k + 1];
        span.textContent = text;
        pre.append(span);
      } else {
        pre.append(text);
      }
      at = d.pieces[k];
    }
    anchors_to(Infinity);
    article.append(title, pre);
    return article;
  }
  function show(page) {
    if (page === current) return;
    current = page;
    const list = $('doc-list');
    list.replaceChildren();
    for (let n = page * PAGE; n < Math.min(texts.length, (page + 1) * PAGE); n++)
      list.append(view(n, JSON.parse(texts[n].textContent)));
    $('d-count').textContent = texts.length + ' documents, page ' + (page + 1) + ' of ' + pages;
    $('d-prev').disabled = page === 0;
    $('d-next').disabled = page >= pages - 1;
  }
  // A link to a fine shows its document's page and marks the fine's sentence.
  function follow() {
    const match = /^#d(\d+)-f\d+$/.exec(location.hash);
    if (!match || +match[1] >= texts.length) return;
    show(Math.floor(+match[1] / PAGE));
    for (const a of document.querySelectorAll('a.anchor.target')) a.classList.remove('target');
    const anchor = document.getElementById(location.hash.slice(1));
    if (anchor) {
      anchor.classList.add('target');
      anchor.scrollIntoView();
    }
  }
  $('d-prev').addEventListener('click', () => show(current - 1));
  $('d-next').addEventListener('click', () => show(current + 1));
  window.addEventListener('hashchange', follow);
  show(0);
  follow();
})();
)";

}  // namespace finex::cli::html_page
