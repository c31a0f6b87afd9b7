import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { STEP_IDS, type StepId } from '@/domain'
import { usePreferencesStore } from '@/stores/preferences'

const stepViews: Record<StepId, () => Promise<unknown>> = {
  flag: () => import('@/views/FlagView.vue'),
  analyze: () => import('@/views/AnalyzeView.vue'),
  strategize: () => import('@/views/StrategizeView.vue'),
  together: () => import('@/views/TogetherView.vue'),
}

/** A lazy view that also needs the step screens' messages, loaded side by side. */
const withSteps = (view: () => Promise<unknown>) => () =>
  Promise.all([view(), usePreferencesStore().ensureSteps()]).then(([loaded]) => loaded)

/** Every workshop screen (issue 11) behind one import; the view picks the screen by route name. */
const workshopView = withSteps(() => import('@/views/WorkshopView.vue'))

/** The one route table (DESIGN.md §5); step routes come from the domain's step list. */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'library', component: () => import('@/views/LibraryView.vue') },
  {
    path: '/method',
    name: 'method',
    component: withSteps(() => import('@/views/MethodView.vue')),
  },
  {
    path: '/about',
    name: 'about',
    component: withSteps(() => import('@/views/AboutView.vue')),
  },
  {
    // A share link: what it holds is in the fragment, which no server sees (issue 10).
    path: '/open',
    component: withSteps(() => import('@/views/OpenSharedView.vue')),
  },
  {
    // Two assessments side by side (issue 11).
    path: '/compare',
    name: 'compare',
    component: withSteps(() => import('@/views/CompareView.vue')),
  },
  {
    // A workshop's join link, opened on a participant's phone (issue 11).
    path: '/join',
    name: 'workshop-join',
    component: workshopView,
  },
  {
    path: '/workshop/new',
    name: 'workshop-new',
    component: workshopView,
  },
  {
    path: '/workshop/:key',
    name: 'workshop',
    component: workshopView,
  },
  {
    path: '/workshop/:key/projector',
    name: 'workshop-projector',
    component: workshopView,
  },
  {
    // A participant's ballot link, opened on the facilitator's device.
    path: '/ballot',
    name: 'workshop-ballot',
    component: workshopView,
  },
  {
    path: '/a/:id',
    // The step screens' messages load with the first assessment opened, not on the home screen.
    component: withSteps(() => import('@/views/AssessmentView.vue')),
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
