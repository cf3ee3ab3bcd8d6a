/**
 * The judge provides the list node class:
 * class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
 */

/**
 * @param {ListNode | null} head
 * @return {ListNode | null}
 */
function reverseList(head) {}
