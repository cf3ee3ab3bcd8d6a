// Stops when one list runs out and drops the rest of the other.
var mergeTwoLists = function (list1, list2) {
  const head = new ListNode();
  let tail = head;
  while (list1 && list2) {
    if (list1.val <= list2.val) {
      tail = tail.next = list1;
      list1 = list1.next;
    } else {
      tail = tail.next = list2;
      list2 = list2.next;
    }
  }
  tail.next = null;
  return head.next;
};
