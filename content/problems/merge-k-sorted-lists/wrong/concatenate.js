// Chains the lists one after another.
var mergeKLists = function (lists) {
  const head = new ListNode();
  let tail = head;
  for (let l of lists)
    while (l) {
      tail = tail.next = new ListNode(l.val);
      l = l.next;
    }
  return head.next;
};
