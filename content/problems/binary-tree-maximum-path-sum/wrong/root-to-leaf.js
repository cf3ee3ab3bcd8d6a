// Only paths going down from the root.
var maxPathSum = function (root) {
  const down = (n) => (n ? n.val + Math.max(0, down(n.left), down(n.right)) : 0);
  return down(root);
};
