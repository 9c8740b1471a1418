/**
 * Cypher: an editor with the README's example queries one click away; results
 * as a table and as a graph; errors, and writes refused by the API, said plainly.
 */
import { useEffect, useRef, useState } from 'react';
import type { CypherResponse } from '@reportgraph/graph-api/contract';
import { ApiError, postCypher } from '../api/client.ts';
import { GraphCanvas } from '../components/GraphCanvas.tsx';
import type { GraphCanvasHandle } from '../components/GraphCanvas.tsx';
import { ErrorMessage, Loading } from '../components/StatusMessages.tsx';
import { CYPHER_EXAMPLES } from '../readme-examples.ts';
import { toCsv } from '../graph/export-data.ts';
import type { UrlState } from '../state/url-state.ts';
import type { UpdateUrlState } from '../state/use-url-state.ts';
import { saveFile } from '../download.ts';

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return value.map((v) => String(v ?? '∅')).join('、');
  const v = value as Record<string, unknown>;
  const props = (v.properties ?? {}) as Record<string, unknown>;
  if (v.$type === 'node') {
    const labels = Array.isArray(v.labels) ? v.labels.filter((l) => l !== 'Entity').join(':') : '';
    return `(${labels ? `:${labels} ` : ''}${String(props.name ?? props.title ?? v.id)})`;
  }
  if (v.$type === 'relationship') return `[:${String(v.type)}]`;
  if (v.$type === 'path') return `path of ${Array.isArray(v.relationships) ? v.relationships.length : 0} hops`;
  return JSON.stringify(value);
}

export function CypherView({ url, setUrl }: { url: UrlState; setUrl: UpdateUrlState }) {
  const [text, setText] = useState(url.query ?? CYPHER_EXAMPLES[0]?.query ?? '');
  const [result, setResult] = useState<CypherResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const [tab, setTab] = useState<'graph' | 'table'>('graph');
  const canvas = useRef<GraphCanvasHandle>(null);
  const controller = useRef<AbortController | null>(null);

  async function run(query: string) {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setRunning(true);
    setError(null);
    try {
      const r = await postCypher(query, {}, { signal: c.signal });
      if (c.signal.aborted) return;
      setResult(r);
      setTab(r.graph.nodes.length > 0 ? 'graph' : 'table');
    } catch (e) {
      if (c.signal.aborted) return;
      setResult(null);
      setError(e);
    } finally {
      if (!c.signal.aborted) setRunning(false);
    }
  }

  // A shared link with a query runs it (the API only runs reads).
  useEffect(() => {
    if (url.query) {
      setText(url.query);
      void run(url.query);
    }
    return () => controller.current?.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url.query]);

  function submit() {
    const q = text.trim();
    if (!q) return;
    if (q === url.query) void run(q);
    else setUrl({ query: q });
  }

  const refused = error instanceof ApiError && error.code === 'write_refused';
  return (
    <div className="cypher-view">
      <aside className="sidebar" aria-label="Example queries">
        <h2>Examples</h2>
        <p className="muted small">From the README. Click to load, then Run.</p>
        <ul className="example-list" data-testid="cypher-examples">
          {CYPHER_EXAMPLES.map((ex) => (
            <li key={ex.query}>
              <button type="button" className="list-button" onClick={() => setText(ex.query)} title={ex.query}>
                <span>{ex.title}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="cypher-main">
        <form
          className="cypher-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label htmlFor="cypher-editor" className="visually-hidden">
            Cypher query
          </label>
          <textarea
            id="cypher-editor"
            data-testid="cypher-editor"
            value={text}
            spellCheck={false}
            rows={6}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <div className="cypher-actions">
            <button type="submit" className="primary" data-testid="cypher-run" disabled={running}>
              Run
            </button>
            <span className="muted small">Ctrl+Enter · read-only: writes are refused by the API · 5 s timeout · 5,000 rows max</span>
          </div>
        </form>
        {running ? <Loading what="query results" /> : null}
        {error ? refused ? <div className="refused" data-testid="cypher-refused"><ErrorMessage error={error} testId="cypher-error" /></div> : <ErrorMessage error={error} testId="cypher-error" /> : null}
        {result ? (
          <div className="cypher-result" data-testid="cypher-result">
            <div className="result-bar">
              <span data-testid="cypher-summary">
                {result.rowCount} rows{result.truncated ? ' (truncated)' : ''} · {result.graph.nodes.length} nodes · {result.graph.edges.length} edges · {Math.round(result.elapsedMs)} ms
              </span>
              <div role="tablist" aria-label="Result as">
                <button type="button" role="tab" aria-selected={tab === 'graph'} onClick={() => setTab('graph')} data-testid="cypher-tab-graph">
                  Graph
                </button>
                <button type="button" role="tab" aria-selected={tab === 'table'} onClick={() => setTab('table')} data-testid="cypher-tab-table">
                  Table
                </button>
              </div>
              <button type="button" onClick={() => saveFile('cypher-result.csv', toCsv(result.columns, result.rows.map((r) => r.map(formatCell))), 'text/csv;charset=utf-8')}>
                CSV
              </button>
            </div>
            <div className={tab === 'graph' ? 'canvas-wrap' : 'canvas-wrap hidden-tab'}>
              <GraphCanvas ref={canvas} subgraph={result.graph} layout="fcose" testId="cypher-canvas" label="Query result graph" />
              {result.graph.nodes.length === 0 ? <div className="canvas-empty">The rows hold no nodes to draw.</div> : null}
            </div>
            {tab === 'table' ? (
              <div className="table-scroll">
                <table className="result-table" data-testid="cypher-table">
                  <thead>
                    <tr>
                      {result.columns.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map((row, i) => (
                      <tr key={i}>
                        {row.map((v, j) => (
                          <td key={j}>{formatCell(v)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </div>
        ) : null}
      </section>
    </div>
  );
}
