// The body of a list read a page at a time: the reason it could not be read (with a
// retry), a spinner, a line when it is empty, the rows, and 加载更多 while there is more.
import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import { ActionButton } from '../ActionButton'
import { StateView } from '../StateView'

/** What the body needs of a list from useCursorList. */
export interface PagedListSource<T> {
  items: T[] | null
  error: { message: string } | null
  hasMore: boolean
  reload: () => Promise<void>
  loadMore: () => Promise<void>
}

export interface PagedListProps<T> {
  list: PagedListSource<T>
  errorTitle: string
  emptyText: string
  /** one row, with its key */
  children: (item: T) => ReactNode
}

/** "12 项", "20+ 项" while more pages remain, '' while the first is read. */
export const pagedNote = (list: Pick<PagedListSource<unknown>, 'items' | 'hasMore'>, unit: string): string =>
  list.items ? `${list.items.length}${list.hasMore ? '+' : ''} ${unit}` : ''

export function PagedList<T>({ list, errorTitle, emptyText, children }: PagedListProps<T>) {
  return (
    <>
      {list.error ? <StateView kind='error' title={errorTitle} detail={list.error.message} actionText='重新加载' onAction={() => void list.reload()} /> : null}
      {!list.items && !list.error ? <StateView kind='loading' title='正在读取…' /> : null}
      {list.items?.length === 0 ? <Text className='page-note'>{emptyText}</Text> : null}
      {list.items?.map(children)}
      {list.hasMore ? <ActionButton variant='quiet' text='加载更多' onClick={() => void list.loadMore()} /> : null}
    </>
  )
}
