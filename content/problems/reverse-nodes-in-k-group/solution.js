var reverseKGroup = function (head, k) {
  const dummy = new ListNode(0, head);
  let before = dummy; // the node just before the group being handled
  for (;;) {
    // Is there a full group of k nodes after `before`?
    let end = before;
    for (let i = 0; i < k; i++) {
      end = end.next;
      if (!end) return dummy.next;
    }
    const after = end.next;
    // Reverse the group in place; its first node becomes its last.
    const first = before.next;
    let prev = after;
    let curr = first;
    while (curr !== after) {
      const next = curr.next;
      curr.next = prev;
      prev = curr;
      curr = next;
    }
    before.next = end;
    before = first;
  }
};
