var isPalindrome = function (head) {
  // Find the middle, reverse the second half in place, then compare the halves.
  let slow = head;
  let fast = head;
  while (fast && fast.next) {
    slow = slow.next;
    fast = fast.next.next;
  }
  let prev = null;
  while (slow) {
    const next = slow.next;
    slow.next = prev;
    prev = slow;
    slow = next;
  }
  for (let left = head, right = prev; right; left = left.next, right = right.next) {
    if (left.val !== right.val) return false;
  }
  return true;
};
