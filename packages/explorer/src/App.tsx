/**
 * The explorer's shell: header with the views, the API / Neo4j status, and the
 * current view. The graph workspace loads with the page; the other views are
 * loaded on first use to keep the first paint small.
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import type { Health } from '@reportgraph/graph-api/contract';
import { API_FAILURE_EVENT, fetchHealth } from './api/client.ts';
import { useUrlState } from './state/use-url-state.ts';
import { encodeUrlState, VIEWS } from './state/url-state.ts';
import type { ViewName } from './state/url-state.ts';
import { GraphView } from './views/GraphView.tsx';
import { ErrorMessage, Loading } from './components/StatusMessages.tsx';

const RegionsView = lazy(() => import('./views/RegionsView.tsx').then((m) => ({ default: m.RegionsView })));
const TraceView = lazy(() => import('./views/TraceView.tsx').then((m) => ({ default: m.TraceView })));
const CypherView = lazy(() => import('./views/CypherView.tsx').then((m) => ({ default: m.CypherView })));

const VIEW_TITLES: Record<ViewName, string> = {
  graph: 'Graph',
  regions: 'Regions',
  trace: 'Project trace',
  cypher: 'Cypher',
};

const HEALTH_RETRY_MS = 10_000;

function HealthBadge() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const check = () => {
      fetchHealth({ signal: controller.signal }).then(
        (h) => {
          setHealth(h);
          setError(null);
          // Keep checking while something is down, so the page says when it is back.
          if (h.status !== 'ok') timer = setTimeout(check, HEALTH_RETRY_MS);
        },
        (e: unknown) => {
          if (controller.signal.aborted) return;
          setError(e);
          timer = setTimeout(check, HEALTH_RETRY_MS);
        },
      );
    };
    check();
    const recheck = () => {
      if (timer) clearTimeout(timer);
      check();
    };
    window.addEventListener(API_FAILURE_EVENT, recheck);
    return () => {
      window.removeEventListener(API_FAILURE_EVENT, recheck);
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, []);
  if (error) return <ErrorMessage error={error} testId="health-error" />;
  if (!health) return <span className="health muted">checking…</span>;
  if (!health.neo4j.up) {
    return (
      <div className="error-message" role="alert" data-testid="health-error" data-error-code="neo4j_unavailable">
        <strong>Neo4j down</strong>
        <span>{health.neo4j.message ?? 'The API cannot reach Neo4j; requests fail with 503 until it is back.'}</span>
      </div>
    );
  }
  const reports = health.counts.Report ?? 0;
  const entities = health.counts.Entity ?? 0;
  return (
    <span className="health ok" data-testid="health">
      <span className="dot" aria-hidden="true" /> Neo4j up · {reports} reports · {entities} entities
    </span>
  );
}

export function App() {
  const [url, setUrl] = useUrlState();
  useEffect(() => {
    document.title = `reportgraph · ${VIEW_TITLES[url.view]}`;
  }, [url.view]);
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="?" onClick={(e) => (e.preventDefault(), setUrl({ view: 'graph' }))}>
          reportgraph <span className="muted">政府工作报告知识图谱</span>
        </a>
        <nav aria-label="Views">
          <ul className="tabs">
            {VIEWS.map((v) => (
              <li key={v}>
                <a
                  href={encodeUrlState({ ...url, view: v }) || '?'}
                  aria-current={url.view === v ? 'page' : undefined}
                  data-testid={`tab-${v}`}
                  onClick={(e) => {
                    e.preventDefault();
                    setUrl({ view: v });
                  }}
                >
                  {VIEW_TITLES[v]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <HealthBadge />
      </header>
      <main className="app-main" data-view={url.view}>
        <Suspense fallback={<Loading what="view" />}>
          {url.view === 'graph' ? <GraphView url={url} setUrl={setUrl} /> : null}
          {url.view === 'regions' ? <RegionsView url={url} setUrl={setUrl} /> : null}
          {url.view === 'trace' ? <TraceView url={url} setUrl={setUrl} /> : null}
          {url.view === 'cypher' ? <CypherView url={url} setUrl={setUrl} /> : null}
        </Suspense>
      </main>
    </div>
  );
}
