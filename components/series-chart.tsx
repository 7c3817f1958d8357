import { seriesGeometry, type Series, type SeriesPoint } from '../lib/compare/series';
import { formatFigure, t } from './i18n';
import { PageText } from './page-text';

/** Vertical step between the gap labels of successive lines, so labels of one year do not overlap. */
const GAP_LABEL_STEP = 11;

/** The comparison's series, one chart per indicator (lib/compare/series.ts decides when there are any). */
export function SeriesView({ series }: { series: readonly Series[] }) {
  if (series.length === 0) return null;
  return (
    <section class="series" data-testid="series">
      <h3>{t('seriesHeading')}</h3>
      {series.map((one) => (
        <SeriesChart key={one.key} series={one} />
      ))}
    </section>
  );
}

/**
 * One indicator over the years, a line per jurisdiction. A gap breaks the line and is labelled
 * 未披露 (the report is silent) or 无报告 (no report of that year), never drawn as a zero; a figure
 * in another unit is flagged at the top edge and in a note, off the scale. Screen readers get the
 * whole series in the chart's label, and every figure is in the table below with its source.
 */
export function SeriesChart({ series }: { series: Series }) {
  const chart = seriesGeometry(series);
  const unitChanges = series.lines.flatMap(({ jurisdiction, points }) => points.flatMap((point) => (point.kind === 'other-unit' ? [{ jurisdiction, point }] : [])));
  return (
    <figure class="series-chart" data-testid="series-chart" data-key={series.key}>
      <figcaption>
        {series.name} <small>{series.unit}</small>
      </figcaption>
      <svg width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={chartSummary(series)}>
        <line class="axis" x1={chart.x[0]} x2={chart.x[chart.x.length - 1]} y1={chart.baseline} y2={chart.baseline} />
        <text class="scale" x={2} y={chart.top - 2} data-testid="series-max">
          {formatFigure(series.max, series.unit)}
        </text>
        {series.years.map((year, i) => (
          <text key={year} class="year" x={chart.x[i]} y={chart.height - 6} text-anchor="middle">
            {year}
          </text>
        ))}
        {series.lines.map((line, l) => (
          <g key={line.jurisdiction} class={`series-line line-${l}`} data-testid="series-line" data-jurisdiction={line.jurisdiction}>
            {chart.segments[l]!.map((points) => (
              <polyline key={points} points={points} />
            ))}
            {line.points.map((point, i) => {
              const x = chart.x[i]!;
              const y = chart.y[l]![i];
              if (point.kind === 'value') return <circle key={point.year} class="point" cx={x} cy={y!} r={3} data-kind="value" />;
              if (point.kind === 'other-unit') {
                return (
                  <text key={point.year} class="flag" x={x} y={chart.top + 4} text-anchor="middle" data-kind="other-unit">
                    ⚠
                  </text>
                );
              }
              return (
                <text key={point.year} class="gap" x={x} y={chart.baseline - 4 - l * GAP_LABEL_STEP} text-anchor="middle" data-kind={point.kind}>
                  {gapText(point)}
                </text>
              );
            })}
          </g>
        ))}
      </svg>
      {series.lines.length > 1 && (
        <ul class="legend" data-testid="series-legend">
          {series.lines.map((line, l) => (
            <li key={line.jurisdiction} class={`line-${l}`}>
              <span class="swatch" aria-hidden="true" />
              <PageText text={line.jurisdiction} />
            </li>
          ))}
        </ul>
      )}
      {unitChanges.map(({ jurisdiction, point }) => (
        <p key={`${jurisdiction}-${point.year}`} class="unit-change" data-testid="unit-change">
          {t('seriesUnitChanged', [jurisdiction, String(point.year), point.unit, series.unit])}
        </p>
      ))}
      <details class="series-table">
        <summary>{t('seriesTable')}</summary>
        <SeriesTable series={series} />
      </details>
    </figure>
  );
}

function SeriesTable({ series }: { series: Series }) {
  return (
    <table class="comparison" data-testid="series-table">
      <thead>
        <tr>
          <th scope="col">{t('seriesYear')}</th>
          {series.lines.map((line) => (
            <th scope="col" key={line.jurisdiction}>
              <PageText text={line.jurisdiction} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.years.map((year, i) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {series.lines.map((line) => (
              <SeriesCell key={line.jurisdiction} point={line.points[i]!} unit={series.unit} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SeriesCell({ point, unit }: { point: SeriesPoint; unit: string }) {
  if (point.kind === 'no-report') return <td class="undisclosed" data-kind="no-report">{t('seriesNoReport')}</td>;
  if (point.kind === 'undisclosed') {
    return (
      <td class="undisclosed" data-kind="undisclosed">
        <a href={point.reportUrl} target="_blank" rel="noreferrer" title={t('undisclosedHint')}>
          {t('undisclosed')}
        </a>
      </td>
    );
  }
  return (
    <td class={point.kind === 'value' ? 'value' : 'value other-unit'} data-kind={point.kind}>
      <a href={point.sourceUrl} target="_blank" rel="noreferrer" title={point.sentence}>
        {pointText(point, unit)}
      </a>
    </td>
  );
}

function gapText(point: SeriesPoint): string {
  return point.kind === 'no-report' ? t('seriesNoReport') : t('undisclosed');
}

function pointText(point: SeriesPoint, unit: string): string {
  if (point.kind === 'value') return formatFigure(point.value, point.unit, point.approximate);
  if (point.kind === 'other-unit') return t('seriesOtherUnit', [formatFigure(point.value, point.unit, point.approximate), unit]);
  return gapText(point);
}

/** Everything the chart shows, as one sentence per line: what a screen reader reads for the image. */
function chartSummary(series: Series): string {
  const lines = series.lines.map(({ jurisdiction, points }) =>
    t('seriesLineSummary', [jurisdiction, points.map((point) => t('seriesYearPoint', [String(point.year), pointText(point, series.unit)])).join(t('seriesSeparator'))]),
  );
  return t('seriesChartLabel', [series.name, series.unit, String(series.years[0] ?? ''), String(series.years[series.years.length - 1] ?? ''), lines.join(' ')]);
}
