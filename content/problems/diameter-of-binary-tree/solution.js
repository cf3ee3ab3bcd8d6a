var diameterOfBinaryTree = function (root) {
  let best = 0;
  // Number of nodes on the longest downward path from node (0 for an empty subtree).
  const height = (node) => {
    if (!node) return 0;
    const left = height(node.left);
    const right = height(node.right);
    best = Math.max(best, left + right);
    return 1 + Math.max(left, right);
  };
  height(root);
  return best;
};
