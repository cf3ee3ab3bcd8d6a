var middleNode = function (head) {
  let slow = head;
  let fast = head;
  // fast moves two steps per slow step; when fast runs out, slow is halfway.
  while (fast && fast.next) {
    slow = slow.next;
    fast = fast.next.next;
  }
  return slow;
};
