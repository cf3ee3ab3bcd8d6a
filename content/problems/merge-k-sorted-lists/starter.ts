// The judge provides the list node class:
// class ListNode { val: number; next: ListNode | null; constructor(val?: number, next?: ListNode | null) }

function mergeKLists(lists: Array<ListNode | null>): ListNode | null {}
