/**
 * Project trace: a project's mentions across reports and years as a timeline,
 * with the sentences, investment figures, stages and linked companies and parks.
 */
import { z } from 'zod';
import type { ProjectTrace } from '@reportgraph/graph-api/contract';
import { fetchProjectTrace, postCypher } from '../api/client.ts';
import { useRequest } from '../api/use-request.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { ErrorMessage, Loading } from '../components/StatusMessages.tsx';
import { Highlighted } from '../components/Highlighted.tsx';
import { toEvidenceCsv } from '../graph/export-data.ts';
import { NODE_KIND_STYLES, REL_TYPE_STYLES, isNodeKind } from '../graph/type-styles.ts';
import type { UrlState } from '../state/url-state.ts';
import type { UpdateUrlState } from '../state/use-url-state.ts';
import { saveFile, toFileSlug } from '../download.ts';

/** Projects worth tracing: those mentioned by the most reports. */
const TOP_PROJECTS_CYPHER = `MATCH (p:Project)<-[m:MENTIONS]-(r:Report)
WITH p, count(DISTINCT r) AS reports, sum(m.count) AS mentions
RETURN p.id AS id, p.name AS name, reports, mentions
ORDER BY reports DESC, mentions DESC, name
LIMIT 25`;

const TopProjectRowSchema = z.tuple([z.string(), z.string(), z.number(), z.number()]);

function formatCny(value: number): string {
  if (value >= 1e8) return `${(value / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 亿元`;
  if (value >= 1e4) return `${(value / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
  return `${value.toLocaleString('zh-CN')} 元`;
}

export function TraceView({ url, setUrl }: { url: UrlState; setUrl: UpdateUrlState }) {
  const top = useRequest('top-projects', async (signal) => {
    const r = await postCypher(TOP_PROJECTS_CYPHER, {}, { signal });
    return r.rows.flatMap((row) => {
      const parsed = TopProjectRowSchema.safeParse(row);
      return parsed.success ? [{ id: parsed.data[0], name: parsed.data[1], reports: parsed.data[2], mentions: parsed.data[3] }] : [];
    });
  });
  const trace = useRequest(url.project, (signal) => fetchProjectTrace(url.project ?? '', { signal }));
  return (
    <div className="trace-view">
      <aside className="sidebar" aria-label="Choose a project">
        <h2>Project trace</h2>
        <SearchBox types={['project']} placeholder="搜索项目：黄河 / huanghe" label="Search projects" testId="project-search" onPick={(hit) => setUrl({ project: hit.id })} />
        <h3>Mentioned in most reports</h3>
        {top.loading ? <Loading what="projects" /> : null}
        {top.error ? <ErrorMessage error={top.error} onRetry={top.reload} /> : null}
        <ul className="project-list" data-testid="top-projects">
          {(top.data ?? []).map((p) => (
            <li key={p.id}>
              <button type="button" className={p.id === url.project ? 'list-button active' : 'list-button'} aria-pressed={p.id === url.project} data-testid="top-project" data-id={p.id} onClick={() => setUrl({ project: p.id })}>
                <span>{p.name}</span>
                <span className="muted small">
                  {p.reports} report{p.reports === 1 ? '' : 's'} · {p.mentions}×
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="trace-main" aria-label="Timeline">
        {!url.project ? <p className="muted pad">Choose a project to trace it across reports and years.</p> : null}
        {trace.loading ? <Loading what="trace" /> : null}
        {trace.error ? <ErrorMessage error={trace.error} onRetry={trace.reload} /> : null}
        {trace.data ? <Timeline trace={trace.data} onOpenGraph={(id) => setUrl({ view: 'graph', nodes: [...url.nodes, id], selected: [id] })} /> : null}
      </section>
    </div>
  );
}

function Timeline({ trace, onOpenGraph }: { trace: ProjectTrace; onOpenGraph: (id: string) => void }) {
  const { project, entries } = trace;
  const terms = [project.label, ...project.aliases];
  const years = [...new Set(entries.map((e) => e.year))];
  const evidenceRows = entries.flatMap((e) => e.evidence.map((ev) => ({ entity: project.label, reportId: e.report.id, reportTitle: e.report.title, year: e.year, sentence: ev.sentence })));
  return (
    <div className="timeline" data-testid="trace">
      <header className="trace-header">
        <h2 data-testid="trace-title">{project.label}</h2>
        <div className="muted">
          {entries.length} report{entries.length === 1 ? '' : 's'} · {years.filter((y) => y !== null).join(' → ') || 'years unknown'}
          {project.aliases.length > 0 ? ` · aliases: ${project.aliases.join('、')}` : ''}
        </div>
        <div className="details-actions">
          <button type="button" onClick={() => onOpenGraph(project.id)}>
            Open in graph
          </button>
          <button type="button" disabled={evidenceRows.length === 0} onClick={() => saveFile(`${toFileSlug(project.label)}-trace.csv`, toEvidenceCsv(evidenceRows), 'text/csv;charset=utf-8')}>
            Evidence CSV
          </button>
        </div>
      </header>
      {entries.length === 0 ? <p>No report mentions this project.</p> : null}
      <ol className="timeline-list">
        {entries.map((e) => (
          <li key={e.report.id} className="trace-entry" data-testid="trace-entry" data-report={e.report.id}>
            <div className="trace-year" aria-label="Year">
              {e.year ?? '—'}
            </div>
            <div className="trace-body">
              <div className="mention-report">
                <button type="button" className="link" onClick={() => onOpenGraph(e.report.id)} data-testid="trace-report">
                  {e.report.title}
                </button>
                <span className="muted">
                  {e.report.regionName ? ` · ${e.report.regionName}` : ''} · {e.count}×
                </span>
              </div>
              <div className="trace-facts">
                {e.investmentCny !== null || e.investmentText ? (
                  <span className="fact invest" title={e.investmentText ?? ''}>
                    投资 {e.investmentCny !== null ? formatCny(e.investmentCny) : e.investmentText}
                  </span>
                ) : null}
                {e.stages.map((s) => (
                  <span key={s} className="fact stage">
                    {s}
                  </span>
                ))}
                {[...e.companies, ...e.locations].map((l) => (
                  <button
                    key={`${l.rel}-${l.id}`}
                    type="button"
                    className="fact linked"
                    title={l.sentence ?? ''}
                    style={{ borderColor: isNodeKind(l.kind) ? NODE_KIND_STYLES[l.kind].color : undefined }}
                    onClick={() => onOpenGraph(l.id)}
                  >
                    {(REL_TYPE_STYLES as Record<string, { name: string }>)[l.rel]?.name ?? l.rel} {l.label}
                  </button>
                ))}
              </div>
              <ul className="sentences">
                {e.evidence.map((ev, i) => (
                  <li key={i} className="sentence" data-testid="evidence-sentence">
                    <Highlighted text={ev.sentence} terms={terms} />
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
