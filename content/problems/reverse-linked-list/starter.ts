// The judge provides the list node class:
// class ListNode { val: number; next: ListNode | null; constructor(val?: number, next?: ListNode | null) }

function reverseList(head: ListNode | null): ListNode | null {}
