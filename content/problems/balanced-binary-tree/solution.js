var isBalanced = function (root) {
  // Height of the subtree, or -1 once any node below is out of balance.
  const height = (node) => {
    if (!node) return 0;
    const left = height(node.left);
    if (left < 0) return -1;
    const right = height(node.right);
    if (right < 0 || Math.abs(left - right) > 1) return -1;
    return 1 + Math.max(left, right);
  };
  return height(root) >= 0;
};
