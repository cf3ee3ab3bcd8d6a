// Accepts when subRoot matches the top of some subtree, even if that subtree continues below.
var isSubtree = function (root, subRoot) {
  const covers = (a, b) => {
    if (!b) return true;
    if (!a) return false;
    return a.val === b.val && covers(a.left, b.left) && covers(a.right, b.right);
  };
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    if (covers(node, subRoot)) return true;
    stack.push(node.left, node.right);
  }
  return false;
};
