// The `requests` function (求助与维权): a woman asks her federation for help safely and
// follows her case to an honest closure; the chair and the assigned member handle it,
// with every step on record and nobody else able to see it.
import { requestsContract } from '../../types/requests'
import { defineDomain } from '../common/runtime'
import { act } from './handlers/act'
import { deleteMine } from './handlers/deleteMine'
import { exportMine } from './handlers/exportMine'
import { fileOnBehalf } from './handlers/fileOnBehalf'
import { get } from './handlers/get'
import { listMine } from './handlers/listMine'
import { queue } from './handlers/queue'
import { stats } from './handlers/stats'
import { submit } from './handlers/submit'
import { terms } from './handlers/terms'
import { readCase } from './lib/transition'

export const requestsDomain = defineDomain(
  'requests',
  requestsContract,
  {
    terms,
    submit,
    fileOnBehalf,
    listMine,
    get,
    act,
    queue,
    stats,
    exportMine,
    deleteMine,
  },
  // cases are read with their half-applied steps rolled forward, for the policy too
  { readCase },
)
