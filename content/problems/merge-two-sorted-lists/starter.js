/**
 * The judge provides the list node class:
 * class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
 */

/**
 * @param {ListNode | null} list1
 * @param {ListNode | null} list2
 * @return {ListNode | null}
 */
function mergeTwoLists(list1, list2) {}
