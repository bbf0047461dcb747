import { ConfigProvider, Layout, Menu, Segmented } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ComponentType } from 'react';
import { Skeleton } from 'antd';
import { DEFAULT_PERIOD } from './catalogue';
import { client } from './client';
import { preloadChart } from './components/Chart';
import { useI18n, type Lang } from './i18n';
import { OverviewQuery } from './pages/overview-query';
import { LiveStatus } from './components/LiveStatus';
import { REDUCED_MOTION } from './reduced-motion';
import { currentPage, PAGES, useRouter, type Page } from './router';
import { includeSampleIn, SampleSwitch, SamplesHiddenNote } from './sample-switch';

// Each page is its own chunk; ECharts is loaded by the pages that draw a chart, and only then.
const loaders: Record<Page, () => Promise<{ default: ComponentType }>> = {
  overview: () => import('./pages/Overview'),
  indicator: () => import('./pages/IndicatorPage'),
  city: () => import('./pages/CityPage'),
  compare: () => import('./pages/ComparePage'),
  availability: () => import('./pages/AvailabilityPage'),
  cases: () => import('./pages/CasesPage'),
  submit: () => import('./pages/SubmitPage'),
  review: () => import('./pages/ReviewPage'),
};
const pages = Object.fromEntries(Object.entries(loaders).map(([page, load]) => [page, lazy(load)])) as unknown as Record<Page, ComponentType>;
// The page in the address bar starts loading now, while React and the layout are still being set up, and
// so do ECharts (on the pages with a chart) and the overview's data (urql shares the request with the page).
const firstPage = currentPage();
void loaders[firstPage]();
if (firstPage !== 'cases' && firstPage !== 'submit' && firstPage !== 'review' && firstPage !== 'availability') preloadChart();
if (firstPage === 'overview') {
  const params = new URLSearchParams(window.location.search);
  void client.query(OverviewQuery, { period: params.get('period') ?? DEFAULT_PERIOD, includeSample: includeSampleIn(params) }).toPromise();
}

// Colours with a contrast of at least 4.5:1 on white (WCAG AA), checked by axe-core in `npm run quality`.
const THEME = {
  token: {
    colorPrimary: '#1d4ed8',
    colorLink: '#1d4ed8',
    colorTextSecondary: '#4b5563',
    colorTextTertiary: '#4b5563',
    colorTextDescription: '#4b5563',
    colorTextPlaceholder: '#6b7280',
    colorTextQuaternary: '#6b7280',
    motion: !REDUCED_MOTION,
  },
};

export function App() {
  const router = useRouter();
  const { t, lang, setLang } = useI18n();
  const Current = pages[router.page];
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={THEME}>
      <Layout style={{ minHeight: '100vh' }}>
        <a className="skip-link" href="#main">
          {t('page.overview')}
        </a>
        <header className="app-header">
          <a
            className="app-brand"
            href={router.href('overview')}
            onClick={(event) => {
              event.preventDefault();
              router.go('overview');
            }}
          >
            {t('appTitle')}
            <small>{t('appSubtitle')}</small>
          </a>
          <nav className="app-nav" aria-label="pages">
            <Menu
              mode="horizontal"
              selectedKeys={[router.page]}
              style={{ borderBottom: 'none' }}
              items={PAGES.map((page) => ({
                key: page,
                label: (
                  <a
                    href={router.href(page)}
                    onClick={(event) => {
                      event.preventDefault();
                      router.go(page);
                    }}
                    data-page={page}
                  >
                    {t(`page.${page}`)}
                  </a>
                ),
              }))}
            />
          </nav>
          <Segmented
            aria-label={t('language')}
            value={lang}
            onChange={(value) => setLang(value as Lang)}
            options={[
              { label: 'English', value: 'en' },
              { label: '中文', value: 'zh' },
            ]}
            data-testid="language-switch"
          />
          <SampleSwitch />
          <LiveStatus />
        </header>
        <main id="main" className="app-main">
          <h1 style={{ fontSize: 22, margin: '4px 0 16px' }}>{t(`page.${router.page}`)}</h1>
          <SamplesHiddenNote />
          <Suspense fallback={<Skeleton active={!REDUCED_MOTION} />}>
            <Current />
          </Suspense>
        </main>
        <footer className="app-footer">
          {t('dataNote')} · <a href="/graphql">{t('api')}</a>
        </footer>
      </Layout>
    </ConfigProvider>
  );
}
