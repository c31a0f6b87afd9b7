import { LOCALES, loadDomainTexts } from '@/domain'

// Screens and reports read the domain texts synchronously once the router has loaded them;
// tests get every locale loaded up front.
await Promise.all(LOCALES.map(loadDomainTexts))
