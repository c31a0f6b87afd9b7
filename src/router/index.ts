import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { STEP_IDS, type StepId } from '@/domain'

const stepViews: Record<StepId, () => Promise<unknown>> = {
  flag: () => import('@/views/FlagView.vue'),
  analyze: () => import('@/views/AnalyzeView.vue'),
  strategize: () => import('@/views/StrategizeView.vue'),
  together: () => import('@/views/TogetherView.vue'),
}

/** The one route table (DESIGN.md §5); step routes come from the domain's step list. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'library', component: () => import('@/views/LibraryView.vue') },
  { path: '/method', name: 'method', component: () => import('@/views/MethodView.vue') },
  {
    path: '/a/:id',
    component: () => import('@/views/AssessmentView.vue'),
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
