/** The templates from real cases (reference §8), in the order the library lists them. */
import type { CaseTemplate } from '../caseTemplate'
import { southKoreaInterconnection } from './southKoreaInterconnection'
import { brazilNetworkFees } from './brazilNetworkFees'
import { canadaOnlineNewsAct } from './canadaOnlineNewsAct'
import { euCsaRegulation } from './euCsaRegulation'
import { ukOnlineSafetyEncryption } from './ukOnlineSafetyEncryption'
import { euEidasQwacs } from './euEidasQwacs'
import { cambodiaGateway } from './cambodiaGateway'
import { indiaCertIn } from './indiaCertIn'
import { indiaIntermediaryRules } from './indiaIntermediaryRules'
import { nigeriaSocialMediaBill } from './nigeriaSocialMediaBill'
import { bangladeshOttRegulation } from './bangladeshOttRegulation'
import { russiaDisconnection } from './russiaDisconnection'
import { canadaOnlineHarms } from './canadaOnlineHarms'
import { internetShutdowns } from './internetShutdowns'
import { ageCheckMandates } from './ageCheckMandates'

/** Every case template, in the reference's order. */
export const CASES: readonly CaseTemplate[] = [
  southKoreaInterconnection,
  brazilNetworkFees,
  canadaOnlineNewsAct,
  euCsaRegulation,
  ukOnlineSafetyEncryption,
  euEidasQwacs,
  cambodiaGateway,
  indiaCertIn,
  indiaIntermediaryRules,
  nigeriaSocialMediaBill,
  bangladeshOttRegulation,
  russiaDisconnection,
  canadaOnlineHarms,
  internetShutdowns,
  ageCheckMandates,
]
