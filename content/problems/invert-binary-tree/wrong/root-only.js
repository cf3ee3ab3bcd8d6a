// Swaps the root's children but not below.
var invertTree = function (root) {
  if (root) [root.left, root.right] = [root.right, root.left];
  return root;
};
