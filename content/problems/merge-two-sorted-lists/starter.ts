// The judge provides the list node class:
// class ListNode { val: number; next: ListNode | null; constructor(val?: number, next?: ListNode | null) }

function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {}
