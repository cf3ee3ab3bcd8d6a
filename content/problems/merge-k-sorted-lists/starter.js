/**
 * The judge provides the list node class:
 * class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
 */

/**
 * @param {Array<ListNode | null>} lists
 * @return {ListNode | null}
 */
function mergeKLists(lists) {}
