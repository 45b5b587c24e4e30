// Storyline's page. Article text is hostile input: everything from the API is put into the page with text
// nodes (textContent) and safe DOM properties, never parsed as HTML; links are built from our own paths only.
(function () {
  'use strict';

  const main = document.getElementById('main');

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null) continue;
        if (key === 'className') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key === 'title') node.title = String(value);
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, String(value));
      }
    }
    for (const child of children) append(node, child);
    return node;
  }

  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) child.forEach(c => append(node, c));
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }

  /** A link inside the page: the path is made of our route and URI-encoded values only. */
  function link(path, text, className) {
    const a = el('a', { href: path, className, 'data-internal': '1' });
    a.textContent = text;
    return a;
  }

  const enc = encodeURIComponent;

  async function api(path, options) {
    const response = await fetch(path, options);
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && (body.detail || body.title) ? (body.detail || body.title) : response.statusText;
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function show(...children) {
    main.replaceChildren();
    append(main, children);
  }

  function showError(error) {
    show(el('p', { className: 'error', text: 'Error: ' + error.message }));
  }

  function navigate(path) {
    history.pushState(null, '', path);
    route().catch(showError);
  }

  document.addEventListener('click', event => {
    const a = event.target.closest ? event.target.closest('a[data-internal]') : null;
    if (a && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      navigate(a.getAttribute('href'));
    }
  });
  window.addEventListener('popstate', () => route().catch(showError));
  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (q) navigate('/search?q=' + enc(q));
  });

  async function route() {
    const path = location.pathname;
    const params = new URLSearchParams(location.search);
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    document.body.dataset.view = parts[0] || 'home';
    if (parts.length === 0) return home();
    if (parts[0] === 'search') return search(params);
    if (parts[0] === 'article' && parts[1]) return article(parts[1]);
    if (parts[0] === 'entity' && parts[1]) return entity(parts[1]);
    if (parts[0] === 'timeline' && parts[1]) return timeline(parts[1]);
    if (parts[0] === 'story' && parts[1]) return story(parts[1]);
    show(el('p', { className: 'error', text: 'Nothing here.' }));
  }

  // --- home ---------------------------------------------------------------------------------------------

  async function home() {
    const [articles, people, stories] = await Promise.all([
      api('/api/articles?limit=20'), api('/api/entities?type=PERSON&limit=15'), api('/api/stories?limit=10')]);
    show(el('h1', { text: 'Storyline' }),
      el('p', { className: 'meta', text: articles.total + ' articles' }),
      el('div', { className: 'layout' },
        el('div', { className: 'results' }, el('h2', { text: 'Latest articles' }), articles.items.map(articleRow)),
        el('div', { className: 'facets' },
          el('h2', { text: 'People' }),
          el('ul', null, people.items.map(p => el('li', null, link('/entity/' + enc(p.id), p.name),
            ' ', link('/timeline/' + enc(p.id), '(timeline)')))),
          stories.items.length ? el('h2', { text: 'Stories' }) : null,
          el('ul', null, stories.items.map(s => el('li', null, link('/story/' + enc(s.id), s.title || s.id)))))));
  }

  function articleRow(a) {
    return el('div', { className: 'result' },
      link('/article/' + enc(a.id), a.title || a.id, 'title'),
      el('div', { className: 'meta', text: [a.outlet, a.published].filter(Boolean).join(' · ') }));
  }

  // --- search ---------------------------------------------------------------------------------------------

  async function search(params) {
    const q = params.get('q') || '';
    document.getElementById('q').value = q;
    if (!q) return show(el('p', { text: 'Type words to search for.' }));
    const query = new URLSearchParams();
    for (const key of ['q', 'from', 'to', 'outlet', 'entity', 'limit']) {
      if (params.get(key)) query.set(key, params.get(key));
    }
    const [results, events] = await Promise.all([
      api('/api/search?' + query), api('/api/events?limit=100').catch(() => ({ items: [] }))]);
    const facets = searchFacets(params, results, events);
    const list = results.items.length === 0 ? el('p', { text: 'No article matches.' })
      : results.items.map(r => el('div', { className: 'result' },
        link('/article/' + enc(r.id), r.title || r.id, 'title'),
        el('div', { className: 'meta', text: [r.outlet, r.published, 'score ' + r.score.toFixed(2)].filter(Boolean).join(' · ') }),
        el('div', { className: 'snippet' }, (r.snippet_parts || []).map(p => p.match ? el('mark', { text: p.text }) : p.text))));
    show(el('h1', { text: 'Search: ' + q }),
      el('p', { className: 'meta', text: results.total + ' results' }),
      el('div', { className: 'layout' }, facets, el('div', { className: 'results', id: 'results' }, list)));
  }

  function searchFacets(params, results, events) {
    const facets = results.facets || {};
    const refine = changes => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value); else next.delete(key);
      }
      navigate('/search?' + next);
    };
    const outlet = el('select', { id: 'facet-outlet', onchange: e => refine({ outlet: e.target.value }) },
      el('option', { value: '', text: 'any outlet' }),
      Object.entries(facets.outlet || {}).map(([name, n]) => el('option', { value: name, text: name + ' (' + n + ')' })));
    if (params.get('outlet')) {
      if (![...outlet.options].some(o => o.value === params.get('outlet'))) {
        outlet.appendChild(el('option', { value: params.get('outlet'), text: params.get('outlet') }));
      }
      outlet.value = params.get('outlet');
    }
    const from = el('input', { id: 'facet-from', placeholder: '2023 or 2023-01-30', value: params.get('from') || '' });
    const to = el('input', { id: 'facet-to', placeholder: '2024', value: params.get('to') || '' });
    const types = [...new Set((events.items || []).map(e => e.type).filter(Boolean))].sort();
    const eventType = el('select', { id: 'facet-event-type', onchange: e => {
      const wanted = e.target.value;
      if (wanted) navigate('/search?' + new URLSearchParams({ q: params.get('q'), event_type: wanted }));
    } }, el('option', { value: '', text: types.length ? 'any event type' : 'no events yet' }),
      types.map(t => el('option', { value: t, text: t })));
    const entityIds = Object.keys(facets.entity || {});
    return el('form', { className: 'facets', onsubmit: e => { e.preventDefault(); refine({ from: from.value.trim(), to: to.value.trim() }); } },
      el('label', { for: 'facet-outlet', text: 'Outlet' }), outlet,
      el('label', { for: 'facet-from', text: 'Published from' }), from,
      el('label', { for: 'facet-to', text: 'to' }), to,
      el('button', { type: 'submit', text: 'Apply dates' }),
      el('label', { text: 'Entity' }),
      params.get('entity') ? el('div', null, 'only ' + params.get('entity') + ' ',
        el('button', { type: 'button', text: 'clear', onclick: () => refine({ entity: '' }) })) : null,
      el('ul', { id: 'facet-entity' }, entityIds.map(id => el('li', null,
        el('a', { href: '#', 'data-entity': id, onclick: e => { e.preventDefault(); refine({ entity: id }); } },
          entityLabel(id)), ' (' + facets.entity[id] + ')'))),
      el('label', { for: 'facet-event-type', text: 'Event type' }), eventType);
  }

  const entityNames = new Map();
  function entityLabel(id) {
    const span = el('span', { text: entityNames.get(id) || id });
    if (!entityNames.has(id)) {
      api('/api/entities/' + enc(id)).then(e => { entityNames.set(id, e.name); span.textContent = e.name; }).catch(() => {});
    }
    return span;
  }

  // --- article -------------------------------------------------------------------------------------------

  /** The text as nodes, with entity and time spans marked; overlapping spans keep the first. */
  function annotatedText(text, entities, times, marks) {
    const spans = [];
    for (const e of entities || []) spans.push({ start: e.start, end: e.end, kind: 'entity', value: e });
    for (const t of times || []) spans.push({ start: t.start, end: t.end, kind: 'time', value: t });
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let at = 0;
    for (const span of spans) {
      if (span.start < at || span.end > text.length || span.end <= span.start) continue;
      out.push(...marked(text.slice(at, span.start), marks));
      const surface = text.slice(span.start, span.end);
      if (span.kind === 'entity') {
        const e = span.value;
        const node = e.id ? link('/entity/' + enc(e.id), surface, 'ent ent-' + e.type)
          : el('span', { className: 'ent ent-' + e.type, text: surface });
        node.title = e.type;
        out.push(node);
      } else {
        out.push(el('span', { className: 'time', title: span.value.type + ' ' + span.value.value, text: surface }));
      }
      at = span.end;
    }
    out.push(...marked(text.slice(at), marks));
    return out;
  }

  /** Plain text with each occurrence of the given phrases in a mark element. */
  function marked(text, phrases) {
    if (!phrases || phrases.length === 0 || !text) return [text];
    const out = [];
    let at = 0;
    while (at < text.length) {
      let best = -1, phrase = null;
      for (const p of phrases) {
        const i = p ? text.indexOf(p, at) : -1;
        if (i >= 0 && (best < 0 || i < best)) { best = i; phrase = p; }
      }
      if (best < 0) break;
      out.push(text.slice(at, best), el('mark', { className: 'sub', text: phrase }));
      at = best + phrase.length;
    }
    out.push(text.slice(at));
    return out;
  }

  /** "\"Secretary General\" -> \"Secretary Basic\" x2" as {original, replacement}. */
  function substitutions(copy) {
    return ((copy && copy.substitutions) || []).map(s => /^"(.*)" -> "(.*)"( x\d+)?$/.exec(s))
      .filter(Boolean).map(m => ({ original: m[1], replacement: m[2] }));
  }

  async function article(id) {
    const a = await api('/api/articles/' + enc(id));
    const speakers = new Map((a.entities || []).map(e => [e.start + ':' + e.end, e]));
    const subs = substitutions(a.copy);
    const uniqueEntities = new Map();
    for (const e of a.entities || []) if (e.id && !uniqueEntities.has(e.id)) uniqueEntities.set(e.id, e);
    const removedBox = el('div', { id: 'removed' });
    const showRemoved = el('button', { id: 'show-removed', type: 'button', text: 'Show removed boilerplate', onclick: async () => {
      const full = await api('/api/articles/' + enc(id) + '?removed=true');
      removedBox.replaceChildren(el('ul', { className: 'removed' }, (full.removed || []).map(r =>
        el('li', null, el('strong', { text: '[' + r.reason + '] ' }), r.block))));
      if (!full.removed || full.removed.length === 0) removedBox.replaceChildren(el('p', { text: 'Nothing was removed.' }));
    } });
    const body = [];
    if (a.copy_of) {
      const original = await api('/api/articles/' + enc(a.copy_of)).catch(() => null);
      body.push(el('h2', { text: 'Copy (' + a.copy_kind + ') and its original' }),
        a.copy && a.copy.evidence ? el('p', { className: 'meta', text: a.copy.evidence }) : null,
        el('div', { className: 'side-by-side', id: 'copies' },
          el('div', null, el('h2', { text: 'This copy' }),
            el('div', { className: 'text', id: 'article-text' }, annotatedText(a.text, a.entities, a.times, subs.map(s => s.replacement)))),
          el('div', null, el('h2', null, 'Original: ', original ? link('/article/' + enc(original.id), original.title || original.id) : a.copy_of),
            original ? el('div', { className: 'text', id: 'original-text' }, marked(original.text, subs.map(s => s.original))) : null)));
    } else {
      if (a.copy) body.push(el('p', { className: 'meta', text: 'Marked as ' + a.copy.kind + ': ' + (a.copy.evidence || '') }));
      body.push(el('div', { className: 'text', id: 'article-text' }, annotatedText(a.text, a.entities, a.times, subs.map(s => s.replacement))));
    }
    show(el('h1', { id: 'article-title', text: a.title || '(no title)' }),
      el('div', { className: 'meta', text: [a.outlet, a.original_outlet ? 'via ' + a.original_outlet : null,
        a.byline ? 'by ' + a.byline : null, a.published, a.language].filter(Boolean).join(' · ') }),
      a.story ? el('p', null, 'Story: ', link('/story/' + enc(a.story), a.story)) : null,
      body,
      el('h2', { text: 'Entities' }),
      el('div', { className: 'chips', id: 'article-entities' }, [...uniqueEntities.values()].map(e =>
        el('span', null, link('/entity/' + enc(e.id), e.surface, 'ent ent-' + e.type)))),
      el('h2', { text: 'Quotes' }),
      (a.quotes || []).length === 0 ? el('p', { text: 'No quotes.' }) : el('div', { id: 'quotes' }, a.quotes.map(q => {
        const speaker = q.speaker ? speakers.get(q.speaker.start + ':' + q.speaker.end) : null;
        return el('div', { className: 'quote' }, el('div', { text: '“' + q.text + '”' }),
          el('div', { className: 'meta' }, '— ', speaker && speaker.id ? link('/entity/' + enc(speaker.id), q.speaker.surface)
            : (q.speaker ? q.speaker.surface : 'unattributed')));
      })),
      el('h2', { text: 'Removed boilerplate' }), showRemoved, removedBox,
      el('p', { className: 'meta', text: 'Source: ' + a.path }));
  }

  // --- entity --------------------------------------------------------------------------------------------

  async function entity(id) {
    const e = await api('/api/entities/' + enc(id));
    const graphBox = el('div', { id: 'graph' });
    const status = el('p', { className: 'meta', id: 'edit-status' });
    const edit = async (path, body) => {
      try {
        await api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        status.textContent = 'Saved; entities resolved again.';
      } catch (error) {
        status.textContent = 'Refused: ' + error.message;
      }
    };
    const mergeInput = el('input', { id: 'merge-with', placeholder: 'entity id or name' });
    const splitInput = el('input', { id: 'split-name', placeholder: 'a name of this entity' });
    show(el('h1', { id: 'entity-name', text: e.name }),
      el('div', { className: 'meta', text: e.type + ' · ' + e.mentions + ' mentions · ' + e.articles.length + ' articles' }),
      el('p', null, link('/timeline/' + enc(e.id), 'Timeline'), ' · ',
        link('/search?' + new URLSearchParams({ q: '"' + e.name + '"' }), 'Search')),
      el('h2', { text: 'Aliases' }), el('div', { className: 'chips', id: 'aliases' },
        e.aliases.length ? e.aliases.map(a => el('span', { text: a })) : 'none'),
      el('h2', { text: 'Titles' }), el('div', { className: 'chips', id: 'titles' },
        e.titles.length ? e.titles.map(t => el('span', { text: t })) : 'none'),
      el('h2', { text: 'Why merged' }),
      (e.merges || []).length === 0 ? el('p', { text: 'One name only; nothing merged.' })
        : el('table', { id: 'merges' }, el('tr', null, ['Names', 'Rule', 'Score'].map(h => el('th', { text: h }))),
          e.merges.map(m => el('tr', null, el('td', { text: m.left + ' = ' + m.right }), el('td', { text: m.rule }),
            el('td', { text: Number(m.score).toFixed(2) })))),
      el('h2', { text: 'Tied to (weight = shared ' + 'articles or events)' }), graphBox,
      el('h2', { text: 'Articles' }), el('ul', { className: 'item-list' }, (e.article_list || []).map(a =>
        el('li', null, link('/article/' + enc(a.id), a.title || a.id), ' ', el('span', { className: 'meta', text: [a.outlet, a.published].filter(Boolean).join(' · ') })))),
      el('h2', { text: 'Corrections' }),
      el('form', { onsubmit: ev => { ev.preventDefault(); edit('/api/entities/merge', { left: e.id, right: mergeInput.value }); } },
        'Same as ', mergeInput, ' ', el('button', { type: 'submit', text: 'Merge' })),
      el('form', { onsubmit: ev => { ev.preventDefault(); edit('/api/entities/split', { entity: e.id, name: splitInput.value }); } },
        'The name ', splitInput, ' is someone else ', el('button', { type: 'submit', text: 'Split' })),
      status);
    drawGraph(graphBox, await api('/api/graph?entity=' + enc(e.id)));
  }

  const typeColours = { PERSON: '#5b9bd5', ORGANIZATION: '#70ad47', LOCATION: '#ed9b3f', MISC: '#a678d6' };

  function drawGraph(box, graph) {
    if (typeof cytoscape !== 'function' || graph.nodes.length === 0) return;
    const maxWeight = Math.max(1, ...graph.edges.map(e => e.weight));
    const cy = cytoscape({
      container: box,
      elements: [
        ...graph.nodes.map(n => ({ data: { id: n.id, label: n.name, colour: typeColours[n.type] || '#888' } })),
        ...graph.edges.map((e, i) => ({ data: { id: 'edge' + i, source: e.source, target: e.target,
          width: 1 + 7 * e.weight / maxWeight, label: String(e.weight) } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', 'font-size': 11 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b7bfd0', label: 'data(label)', 'font-size': 9 } },
      ],
      layout: { name: 'concentric', concentric: n => (n.id() === graph.nodes[0].id ? 2 : 1), levelWidth: () => 1 },
    });
    cy.on('tap', 'node', ev => navigate('/entity/' + enc(ev.target.id())));
    box.dataset.nodes = String(graph.nodes.length);
  }

  // --- timeline ------------------------------------------------------------------------------------------

  function isoStart(value) {
    if (!value) return null;
    if (/^\d{4}$/.test(value)) return value + '-01-01';
    if (/^\d{4}-\d{2}$/.test(value)) return value + '-01';
    return value;
  }

  async function timeline(name) {
    const t = await api('/api/timeline?name=' + enc(name));
    const details = el('div', { id: 'timeline-details' });
    const chart = el('div', { id: 'timeline' });
    const subjectPath = (t.subject.kind === 'story' ? '/story/' : '/entity/') + enc(t.subject.id);
    show(el('h1', null, 'Timeline: ', link(subjectPath, t.subject.name, null)),
      el('p', { className: 'meta', text: t.items.filter(i => i.kind === 'event').length + ' events, '
        + t.items.filter(i => i.kind === 'article').length + ' articles. Drag to move, scroll to zoom, click for evidence.' }),
      chart, details,
      el('h2', { text: 'In time order' }),
      el('ol', { className: 'item-list', id: 'timeline-items' }, t.items.map(item =>
        el('li', { 'data-kind': item.kind }, el('span', { className: 'meta', text: item.start + (item.end && item.end !== item.start ? ' – ' + item.end : '') + ' ' }),
          item.kind === 'event' ? el('span', null, el('strong', { text: item.type ? item.type + ': ' : '' }), item.label, ' ',
            el('a', { href: '#', onclick: ev => { ev.preventDefault(); showItem(details, item); } }, 'evidence'))
            : link('/article/' + enc(item.id), item.label)))));
    drawTimeline(chart, t.items, details);
  }

  function showItem(box, item) {
    if (item.kind === 'article') {
      box.replaceChildren(el('p', null, 'Article: ', link('/article/' + enc(item.id), item.label)));
      return;
    }
    box.replaceChildren(el('h2', null, (item.type ? item.type + ': ' : '') + item.label),
      el('ul', { className: 'item-list' }, (item.evidence || []).map(ev => el('li', null,
        el('q', { text: ev.sentence }), ' ', link('/article/' + enc(ev.article), 'article')))));
  }

  function drawTimeline(box, items, details) {
    if (typeof vis === 'undefined' || items.length === 0) return;
    const data = items.map((item, i) => {
      const content = el('span', { className: 'tl-item', text: (item.kind === 'event' && item.type ? item.type + ': ' : '') + item.label });
      const start = isoStart(item.start);
      const end = item.end && item.end !== item.start ? isoStart(item.end) : null;
      return { id: i, content, start, end: end || undefined, type: end ? 'range' : 'box',
        group: item.kind === 'event' ? 'events' : 'articles' };
    });
    const groups = [{ id: 'events', content: el('span', { text: 'Events' }) }, { id: 'articles', content: el('span', { text: 'Articles' }) }]
      .filter(g => data.some(d => d.group === g.id));
    const chart = new vis.Timeline(box, new vis.DataSet(data), new vis.DataSet(groups),
      { zoomable: true, stack: true, maxHeight: 480, xss: { disabled: false } });
    chart.fit({ animation: false });
    chart.on('select', props => {
      if (props.items.length) showItem(details, items[props.items[0]]);
    });
    box.dataset.items = String(data.length);
  }

  // --- story ---------------------------------------------------------------------------------------------

  async function story(id) {
    const s = await api('/api/stories/' + enc(id));
    show(el('h1', { text: s.title || s.id }),
      el('div', { className: 'meta', text: [s.start, s.end].filter(Boolean).join(' – ') }),
      el('p', null, link('/timeline/' + enc(s.id), 'Timeline')),
      el('h2', { text: 'Articles' }), el('ul', { className: 'item-list' }, (s.articles || []).map(a => el('li', null, link('/article/' + enc(a), a)))),
      el('h2', { text: 'Entities' }), el('div', { className: 'chips' }, (s.entities || []).map(e => el('span', null, link('/entity/' + enc(e), e)))));
  }

  route().catch(showError);
})();
