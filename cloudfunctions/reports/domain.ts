// The `reports` function (台账 and 统计报表): the files a federation hands in, made from the
// data it keeps, each export audited.
import { reportsContract } from '../../types/reports'
import { defineDomain } from '../common/runtime'
import { exportLedger } from './handlers/exportLedger'

export const reportsDomain = defineDomain('reports', reportsContract, {
  exportLedger,
})
