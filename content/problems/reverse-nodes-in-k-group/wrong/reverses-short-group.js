// Also reverses the short group left over at the end.
var reverseKGroup = function (head, k) {
  const values = [];
  for (let node = head; node; node = node.next) values.push(node.val);
  const out = [];
  for (let i = 0; i < values.length; i += k) out.push(...values.slice(i, i + k).reverse());
  let result = null;
  for (let i = out.length - 1; i >= 0; i--) result = new ListNode(out[i], result);
  return result;
};
