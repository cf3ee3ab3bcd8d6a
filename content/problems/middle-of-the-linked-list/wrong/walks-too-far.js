// Walks n / 2 steps without rounding down: one step too far on odd lengths.
var middleNode = function (head) {
  let n = 0;
  for (let node = head; node; node = node.next) n++;
  let node = head;
  for (let i = 0; i < n / 2; i++) node = node.next;
  return node;
};
