/**
 * Regions: a region × theme heatmap of the reports' slogans and policies; a
 * region's most similar regions with the distinctive themes they share; a
 * cell's evidence sentences.
 */
import { useMemo, useState } from 'react';
import type { RegionRef, ThemeMatrixResponse } from '@reportgraph/graph-api/contract';
import { fetchNodeDetails, fetchReports, fetchSimilarRegions, fetchThemeMatrix } from '../api/client.ts';
import { useRequest } from '../api/use-request.ts';
import { ErrorMessage, Loading } from '../components/StatusMessages.tsx';
import { EvidenceSentences } from '../components/Highlighted.tsx';
import { toHeatColor } from '../graph/heat-color.ts';
import { toEvidenceCsv } from '../graph/export-data.ts';
import { NODE_KIND_STYLES } from '../graph/type-styles.ts';
import type { UrlState } from '../state/url-state.ts';
import type { UpdateUrlState } from '../state/use-url-state.ts';
import { saveFile, toFileSlug } from '../download.ts';

const THEME_TYPES = ['slogan', 'policy'] as const;
type ThemeType = (typeof THEME_TYPES)[number];

interface Cell {
  region: RegionRef;
  theme: ThemeMatrixResponse['themes'][number];
  count: number;
}

export function RegionsView({ url, setUrl }: { url: UrlState; setUrl: UpdateUrlState }) {
  const [types, setTypes] = useState<ThemeType[]>([...THEME_TYPES]);
  const [top, setTop] = useState(25);
  const [cell, setCell] = useState<Cell | null>(null);
  const reports = useRequest('reports', (signal) => fetchReports({ signal }));
  const regionChoices = useMemo(() => {
    const byId = new Map<string, { region: RegionRef; reports: number }>();
    for (const r of reports.data?.reports ?? []) {
      if (!r.region) continue;
      const entry = byId.get(r.region.id) ?? { region: r.region, reports: 0 };
      entry.reports += 1;
      byId.set(r.region.id, entry);
    }
    return [...byId.values()].sort((a, b) => a.region.label.localeCompare(b.region.label, 'zh-CN'));
  }, [reports.data]);
  const matrixKey = JSON.stringify([url.regions, types, top]);
  const matrix = useRequest(types.length > 0 ? matrixKey : null, (signal) => fetchThemeMatrix({ regions: url.regions, types, top, signal }));

  function toggleRegion(id: string) {
    setUrl({ regions: url.regions.includes(id) ? url.regions.filter((r) => r !== id) : [...url.regions, id] });
  }

  return (
    <div className="regions-view">
      <aside className="sidebar" aria-label="Choose regions">
        <h2>Regions</h2>
        {reports.loading ? <Loading what="regions" /> : null}
        {reports.error ? <ErrorMessage error={reports.error} onRetry={reports.reload} /> : null}
        <div className="region-chooser">
          <button type="button" aria-pressed={url.regions.length === 0} onClick={() => setUrl({ regions: [] })} data-testid="regions-all">
            All regions
          </button>
          <ul data-testid="region-choices">
            {regionChoices.map(({ region, reports: n }) => (
              <li key={region.id}>
                <label>
                  <input type="checkbox" checked={url.regions.includes(region.id)} onChange={() => toggleRegion(region.id)} /> {region.label}{' '}
                  <span className="muted small">
                    {region.level ?? ''} · {n} report{n === 1 ? '' : 's'}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
        <fieldset className="theme-types">
          <legend>Themes</legend>
          {THEME_TYPES.map((t) => (
            <label key={t}>
              <input type="checkbox" checked={types.includes(t)} onChange={() => setTypes((x) => (x.includes(t) ? x.filter((y) => y !== t) : [...x, t]))} /> {NODE_KIND_STYLES[t].name} {t}
            </label>
          ))}
          <label>
            Columns{' '}
            <select value={top} onChange={(e) => setTop(Number(e.target.value))}>
              {[10, 25, 50, 100].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </aside>
      <section className="regions-main">
        <h2>Region × theme</h2>
        <p className="muted small">Mentions of the most frequent themes in each region's reports. Click a region to see its most similar regions; click a cell to read the sentences.</p>
        {matrix.loading ? <Loading what="heatmap" /> : null}
        {matrix.error ? <ErrorMessage error={matrix.error} onRetry={matrix.reload} /> : null}
        {types.length === 0 ? <p>Choose at least one theme type.</p> : null}
        {matrix.data ? <Heatmap data={matrix.data} selectedRegion={url.region} onPickRegion={(id) => setUrl({ region: id })} onPickCell={setCell} /> : null}
        {cell ? <CellSentences cell={cell} onClose={() => setCell(null)} /> : null}
      </section>
      <aside className="details-area" aria-label="Similar regions">{url.region ? <SimilarRegions regionId={url.region} onPick={(id) => setUrl({ region: id })} onOpenGraph={(id) => setUrl({ view: 'graph', nodes: [...url.nodes, id], selected: [id] })} /> : <p className="muted pad">Pick a region (row header) to see its most similar regions.</p>}</aside>
    </div>
  );
}

function Heatmap({ data, selectedRegion, onPickRegion, onPickCell }: { data: ThemeMatrixResponse; selectedRegion: string | null; onPickRegion: (id: string) => void; onPickCell: (c: Cell) => void }) {
  const max = Math.max(1, ...data.counts.flat());
  if (data.regions.length === 0 || data.themes.length === 0) return <p>No themes found for these regions.</p>;
  return (
    <div className="heatmap-scroll">
      <table className="heatmap" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col" className="corner">
              region \ theme
            </th>
            {data.themes.map((t) => (
              <th key={t.id} scope="col" className="theme-head" title={`${t.label} (${t.kind}) — ${t.total} mentions in ${t.regionCount} regions`}>
                <span style={{ borderColor: NODE_KIND_STYLES[t.kind].color }}>{t.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.regions.map((region, i) => (
            <tr key={region.id} className={region.id === selectedRegion ? 'picked' : undefined}>
              <th scope="row">
                <button type="button" className="link" data-testid="heatmap-region" onClick={() => onPickRegion(region.id)} aria-pressed={region.id === selectedRegion}>
                  {region.label}
                </button>
              </th>
              {data.themes.map((theme, j) => {
                const count = data.counts[i]?.[j] ?? 0;
                const c = toHeatColor(count, max);
                return (
                  <td key={theme.id} style={{ background: c.background, color: c.color }}>
                    <button
                      type="button"
                      className="cell"
                      disabled={count === 0}
                      aria-label={`${region.label} × ${theme.label}: ${count} mentions`}
                      data-testid="heatmap-cell"
                      onClick={() => onPickCell({ region, theme, count })}
                    >
                      {count || ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CellSentences({ cell, onClose }: { cell: Cell; onClose: () => void }) {
  const req = useRequest(cell.theme.id, (signal) => fetchNodeDetails(cell.theme.id, { signal }));
  const mentions = (req.data?.mentions ?? []).filter((m) => m.report.regionId === cell.region.id);
  const terms = [cell.theme.label, ...(req.data?.node.aliases ?? [])];
  const rows = mentions.flatMap((m) => m.sentences.map((sentence) => ({ entity: cell.theme.label, reportId: m.report.id, reportTitle: m.report.title, year: m.report.year, sentence })));
  return (
    <section className="cell-sentences" data-testid="cell-sentences" aria-label="Sentences behind the cell">
      <div className="evidence-head">
        <h3>
          {cell.region.label} × {cell.theme.label} <span className="muted">({cell.count} mentions)</span>
        </h3>
        <button type="button" disabled={rows.length === 0} onClick={() => saveFile(`${toFileSlug(`${cell.region.label}-${cell.theme.label}`)}-evidence.csv`, toEvidenceCsv(rows), 'text/csv;charset=utf-8')}>
          Evidence CSV
        </button>
        <button type="button" onClick={onClose} aria-label="Close sentences">
          ×
        </button>
      </div>
      {req.loading ? <Loading what="sentences" /> : null}
      {req.error ? <ErrorMessage error={req.error} onRetry={req.reload} /> : null}
      {req.data && mentions.length === 0 ? <p className="muted">No sentences recorded for this cell.</p> : null}
      {mentions.map((m) => (
        <div key={m.report.id} className="mention">
          <div className="mention-report">
            <strong>{m.report.title}</strong> <span className="muted">{m.report.year ?? 'year unknown'} · {m.count}×</span>
          </div>
          <EvidenceSentences sentences={m.sentences} terms={terms} />
        </div>
      ))}
    </section>
  );
}

function SimilarRegions({ regionId, onPick, onOpenGraph }: { regionId: string; onPick: (id: string) => void; onOpenGraph: (id: string) => void }) {
  const req = useRequest(regionId, (signal) => fetchSimilarRegions(regionId, { limit: 10, signal }));
  return (
    <section className="similar" data-testid="similar-regions" aria-label="Similar regions">
      {req.loading ? <Loading what="similar regions" /> : null}
      {req.error ? <ErrorMessage error={req.error} onRetry={req.reload} /> : null}
      {req.data ? (
        <>
          <h2>
            Like {req.data.region.label}{' '}
            <button type="button" className="link small" onClick={() => onOpenGraph(regionId)}>
              open in graph
            </button>
          </h2>
          <p className="muted small">
            IDF-weighted similarity of themes over {req.data.regionCount} regions; {req.data.themeCount} themes in {req.data.region.label}'s reports. Shared themes are listed most distinctive first.
          </p>
          {req.data.results.length === 0 ? <p>No region shares a theme with {req.data.region.label}.</p> : null}
          <ol className="similar-list">
            {/* Bars relative to the best match: IDF-weighted scores are small in absolute terms. */}
            {req.data.results.map((r) => (
              <li key={r.region.id} data-testid="similar-region">
                <div className="similar-head">
                  <button type="button" className="link" onClick={() => onPick(r.region.id)}>
                    {r.region.label}
                  </button>
                  <span className="score-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round((r.score / Math.max(1e-9, req.data?.results[0]?.score ?? 1)) * 100)}%` }} />
                  </span>
                  <span className="muted small">
                    {r.score.toFixed(3)} · {r.sharedCount} shared
                  </span>
                </div>
                <div className="shared-themes">
                  {r.sharedThemes.slice(0, 8).map((t) => (
                    <span key={t.id} className="count-chip" title={`idf ${t.idf.toFixed(2)} · ${t.count} / ${t.otherCount} mentions`} style={{ borderColor: NODE_KIND_STYLES[t.kind].color }}>
                      {t.label}
                    </span>
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
