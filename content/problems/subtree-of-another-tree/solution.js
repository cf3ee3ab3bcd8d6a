var isSubtree = function (root, subRoot) {
  const same = (a, b) => {
    if (!a || !b) return a === b;
    return a.val === b.val && same(a.left, b.left) && same(a.right, b.right);
  };
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    if (same(node, subRoot)) return true;
    stack.push(node.left, node.right);
  }
  return false;
};
