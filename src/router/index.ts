import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { STEP_IDS, type StepId } from '@/domain'
import { usePreferencesStore } from '@/stores/preferences'

const stepViews: Record<StepId, () => Promise<unknown>> = {
  flag: () => import('@/views/FlagView.vue'),
  analyze: () => import('@/views/AnalyzeView.vue'),
  strategize: () => import('@/views/StrategizeView.vue'),
  together: () => import('@/views/TogetherView.vue'),
}

/** The one route table (DESIGN.md §5); step routes come from the domain's step list. */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'library', component: () => import('@/views/LibraryView.vue') },
  {
    path: '/method',
    name: 'method',
    component: () =>
      Promise.all([import('@/views/MethodView.vue'), usePreferencesStore().ensureSteps()]).then(
        ([view]) => view,
      ),
  },
  {
    path: '/about',
    name: 'about',
    component: () =>
      Promise.all([import('@/views/AboutView.vue'), usePreferencesStore().ensureSteps()]).then(
        ([view]) => view,
      ),
  },
  {
    // A share link: what it holds is in the fragment, which no server sees (issue 10).
    path: '/open',
    component: () =>
      Promise.all([import('@/views/OpenSharedView.vue'), usePreferencesStore().ensureSteps()]).then(
        ([view]) => view,
      ),
  },
  {
    path: '/a/:id',
    // The step screens' messages load with the first assessment opened, not on the home screen.
    component: () =>
      Promise.all([import('@/views/AssessmentView.vue'), usePreferencesStore().ensureSteps()]).then(
        ([view]) => view,
      ),
    props: true,
    children: [
      { path: '', redirect: (to) => ({ name: 'flag', params: to.params }) },
      ...STEP_IDS.map((step) => ({ path: step, name: step, component: stepViews[step] })),
      {
        path: 'analyze/:itemId',
        name: 'analyze-item',
        component: stepViews.analyze,
      },
      { path: 'report', name: 'report', component: () => import('@/views/ReportView.vue') },
      { path: 'history', name: 'history', component: () => import('@/views/HistoryView.vue') },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
  },
]

export function createAppRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
) {
  return createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
}
