import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { REQUIRED_PARTS, type RequiredPartKey } from '../../lib/evidence/required-parts';
import type { OutlineNode } from '../../lib/page-ui/outline-tree';
import { figureFacts } from '../../lib/page-ui/figure-facts';
import { t } from '../i18n';
import { AreaTag } from './area-tag';
import { useGuarded } from './event-guard';
import type { ClipRow, PageActions, PageModel } from './page-model';

type PanelProps = Pick<PageModel, 'language' | 'meta' | 'sections' | 'mentions' | 'tree' | 'clips' | 'highlightsVisible' | 'unpainted'> & {
  actions: PageActions;
  /** A figure button was activated: jump to the figure and open its card (see PageApp). */
  openFigure: (index: number, from: HTMLElement) => void;
};

/**
 * The outline panel: what the report is (title, jurisdiction, year), the two findings a reader
 * checks first (published on time? required parts missing?), the section tree with each
 * heading's canonical area and its figures, and the reader's clips, orphans listed apart.
 */
export function OutlinePanel(props: PanelProps) {
  const { language, meta, tree, clips, mentions, actions, openFigure } = props;
  const guard = useGuarded();
  const orphans = clips.filter((row) => !row.match);
  const anchored = clips.filter((row) => row.match);
  return (
    <aside class="panel" data-testid="outline-panel" aria-label={t('pageOutline')}>
      <header class="panel-head">
        <h2 class="clamp-3">{meta.title ?? t('pageOutline')}</h2>
        <button type="button" class="icon" onClick={guard(actions.togglePanel)} title={t('pageClose')} aria-label={t('pageClose')}>
          ×
        </button>
      </header>
      <dl class="facts">
        <dt>{t('fieldJurisdiction')}</dt>
        <dd data-testid="panel-jurisdiction">{meta.jurisdiction ?? t('unknownValue')}</dd>
        <dt>{t('fieldYear')}</dt>
        <dd data-testid="panel-year">{meta.year ?? t('unknownValue')}</dd>
      </dl>
      <ul class="findings" data-testid="panel-findings">
        <li class={meta.onTime === false ? 'bad' : meta.onTime ? 'good' : ''}>
          {meta.onTime === null ? t('pageOnTimeUnknown') : meta.onTime ? t('pageOnTime') : t('pageLate')}
        </li>
        <li class={meta.missingParts.length > 0 ? 'bad' : 'good'}>
          {meta.missingParts.length > 0 ? t('pageMissingParts', partNames(meta.missingParts, language)) : t('pageAllParts')}
        </li>
      </ul>
      {props.unpainted > 0 && (
        <p class="hint" data-testid="panel-unpainted">
          {t('pageNotAllPainted', String(props.unpainted))}
        </p>
      )}
      <label class="toggle">
        <input type="checkbox" checked={props.highlightsVisible} onChange={guard(actions.toggleHighlights)} data-testid="panel-toggle-highlights" />
        {t('pageShowHighlights')}
      </label>
      <h3>{t('pageSections')}</h3>
      <ol class="tree" data-testid="outline-tree">
        {tree.roots.map((node) => (
          <SectionItem key={node.index} node={node} {...props} />
        ))}
      </ol>
      {tree.unsectioned.length > 0 && (
        <LazyDetails summary={t('pageUnsectioned', String(tree.unsectioned.length))}>
          {() => <FigureList indices={tree.unsectioned} mentions={mentions} language={language} openFigure={openFigure} />}
        </LazyDetails>
      )}
      <h3>{t('pageClips')}</h3>
      {clips.length === 0 && <p class="hint">{t('pageNoClips')}</p>}
      <ClipList rows={anchored} actions={actions} testId="panel-clips" />
      {orphans.length > 0 && (
        <section class="orphans" data-testid="panel-orphans">
          <h4>{t('pageOrphans')}</h4>
          <p class="hint">{t('pageOrphanHint')}</p>
          <ClipList rows={orphans} actions={actions} testId="panel-orphan-list" />
        </section>
      )}
    </aside>
  );
}

function SectionItem(props: PanelProps & { node: OutlineNode }) {
  const { node, sections, language, mentions, actions, openFigure } = props;
  const guard = useGuarded();
  const section = sections[node.index];
  return (
    <li class={`level-${Math.min(section.level, 4)}`}>
      <div class="heading-row">
        <button type="button" class="heading" data-testid="outline-heading" onClick={guard(() => actions.jumpToSection(node.index))}>
          <span class="clamp-3">
            {section.marker}
            {section.title}
          </span>
        </button>
        {section.area && <AreaTag area={section.area} language={language} />}
        {node.totalFigures > 0 && <span class="count">{node.totalFigures}</span>}
      </div>
      {node.figures.length > 0 && (
        <LazyDetails summary={t('pageFigureCount', String(node.figures.length))}>
          {() => <FigureList indices={node.figures} mentions={mentions} language={language} openFigure={openFigure} />}
        </LazyDetails>
      )}
      {node.children.length > 0 && (
        <ol>
          {node.children.map((child) => (
            <SectionItem key={child.index} {...props} node={child} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * A <details> whose content is rendered only once opened: a report with thousands of figures
 * would otherwise build every figure list of every section before the panel first shows.
 */
function LazyDetails({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

function FigureList({ indices, mentions, language, openFigure }: { indices: number[] } & Pick<PanelProps, 'mentions' | 'language' | 'openFigure'>) {
  const guard = useGuarded();
  return (
    <ul class="figures">
      {indices.map((i) => {
        const facts = figureFacts(mentions[i], language);
        return (
          <li key={i}>
            <button type="button" class="figure" data-testid="outline-figure" onClick={guard((event) => openFigure(i, event.currentTarget))}>
              <span class="figure-label clamp-2">{facts.label}</span>
              <span class="figure-value">
                {facts.value}
                {facts.unit}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function ClipList({ rows, actions, testId }: { rows: ClipRow[]; actions: PageActions; testId: string }) {
  const guard = useGuarded();
  if (rows.length === 0) return null;
  return (
    <ul class="clips" data-testid={testId}>
      {rows.map(({ clip, match }) => (
        <li key={clip.id} data-testid="panel-clip" data-orphan={match ? undefined : 'true'}>
          <button type="button" class="clip" disabled={!match} onClick={guard(() => clip.id !== undefined && actions.jumpToClip(clip.id))}>
            <span class="clip-label clamp-2">{clip.label}</span>
            <q class="clip-quote clamp-3">{clip.anchor.exact}</q>
            {clip.note && <span class="clip-note clamp-4">{clip.note}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** 'shortcomings', 'nextYear' → 存在的不足和原因、下一年度工作安排 (an unknown key is shown as is). */
function partNames(keys: string[], language: 'zh' | 'en'): string {
  return keys.map((key) => REQUIRED_PARTS[key as RequiredPartKey]?.[language] ?? key).join(language === 'zh' ? '、' : ', ');
}
