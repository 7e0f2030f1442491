// The 下级统计 table: one row per federation below, the 合计 row last. Each column's head
// sorts the rows by it (the sorted one marked ▼ or ▲ and said in words); on a phone the
// table scrolls sideways with the names held at the left. A row opens that federation's
// console; its 「台账」 opens its 台账 page, where its ledgers are exported.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { OverviewRow } from '../../../../../types/overview'
import { orgLevelTag } from '../../../../lib/labels'
import { openPage } from '../../../../lib/routes'
import { consoleUrl, ledgersUrl } from '../../../../lib/staffRoutes'
import {
  ariaSort,
  COLUMN_LABEL,
  type CellText,
  completenessText,
  ledgerLines,
  LIST_ORDER,
  nextSort,
  OVERVIEW_COLUMNS,
  type OverviewColumn,
  type OverviewSort,
  rateText,
  requestsText,
  sortHint,
  sortMark,
  sortRows,
  sortSentence,
  topicsText,
} from '../overview'

export interface OverviewTableProps {
  rows: OverviewRow[]
  total: OverviewRow
}

function Head({ sort, onSort }: { sort: OverviewSort; onSort: (column: OverviewColumn) => void }) {
  return (
    <View className='overview-table__row overview-table__row--head' role='row'>
      {OVERVIEW_COLUMNS.map((column) => (
        <View
          key={column}
          className={`overview-cell overview-cell--${column} overview-head overview-head--${column}${sort.column === column ? ' overview-head--sorted' : ''}`}
          role='columnheader'
          aria-sort={ariaSort(sort, column)}
          aria-label={sortHint(sort, column)}
          hoverClass='overview-head--pressed'
          onClick={() => onSort(column)}
        >
          <Text className='overview-head__label'>{COLUMN_LABEL[column]}</Text>
          <Text className='overview-head__mark'>{sortMark(sort, column) || '⇅'}</Text>
        </View>
      ))}
    </View>
  )
}

function Figure({ column, text }: { column: OverviewColumn; text: CellText }) {
  return (
    <View className={`overview-cell overview-cell--${column}`} role='cell'>
      <Text className='overview-cell__main'>{text.main}</Text>
      {text.sub ? <Text className='overview-cell__sub'>{text.sub}</Text> : null}
    </View>
  )
}

function Figures({ row }: { row: OverviewRow }) {
  return (
    <>
      <View className='overview-cell overview-cell--ledger' role='cell'>
        {ledgerLines(row).map((line) => (
          <Text key={line} className='overview-cell__line'>
            {line}
          </Text>
        ))}
      </View>
      <Figure column='rate' text={rateText(row)} />
      <Figure column='topics' text={topicsText(row)} />
      <Figure column='requests' text={requestsText(row)} />
      <Figure column='completeness' text={completenessText(row)} />
    </>
  )
}

function ChildRow({ row }: { row: OverviewRow }) {
  return (
    <View className='overview-table__row overview-row' role='row' hoverClass='overview-row--pressed' onClick={() => openPage(consoleUrl(row.orgId))}>
      <View className='overview-cell overview-cell--name' role='rowheader'>
        <Text className='overview-row__name'>{row.name}</Text>
        <Text className='overview-row__level'>{orgLevelTag(row.level)}</Text>
        <View
          className='overview-row__ledgers'
          role='button'
          aria-label={`打开${row.name}的台账`}
          hoverClass='overview-row__ledgers--pressed'
          onClick={(event) => {
            event.stopPropagation()
            openPage(ledgersUrl(row.orgId))
          }}
        >
          台账
        </View>
      </View>
      <Figures row={row} />
    </View>
  )
}

function TotalRow({ total }: { total: OverviewRow }) {
  return (
    <View className='overview-table__row overview-row overview-row--total' role='row'>
      <View className='overview-cell overview-cell--name' role='rowheader'>
        <Text className='overview-row__name'>合计</Text>
        <Text className='overview-row__level'>共 {total.orgCount} 个组织</Text>
      </View>
      <Figures row={total} />
    </View>
  )
}

export function OverviewTable({ rows, total }: OverviewTableProps) {
  const [sort, setSort] = useState<OverviewSort>(LIST_ORDER)
  return (
    <View className='overview-table-block'>
      <Text className='overview-sort-note' aria-live='polite'>
        {sortSentence(sort)}，点按表头可换一种排法
      </Text>
      <View className='overview-table-scroll'>
        <View className='overview-table' role='table' aria-label='下级妇联统计'>
          <Head sort={sort} onSort={(column) => setSort((current) => nextSort(current, column))} />
          {sortRows(rows, sort).map((row) => (
            <ChildRow key={row.orgId} row={row} />
          ))}
          <TotalRow total={total} />
        </View>
      </View>
    </View>
  )
}
