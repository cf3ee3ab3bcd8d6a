// Only follows left children.
var maxDepth = function (root) {
  return root ? 1 + maxDepth(root.left) : 0;
};
